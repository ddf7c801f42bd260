module.exports = require('../picomatch.cjs')
