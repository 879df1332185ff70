// Jest cannot load CSS; styles play no part in what the component tests check.
module.exports = {};
