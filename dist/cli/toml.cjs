module.exports = require('../toml.cjs')
