module.exports = require('../yaml.cjs')
