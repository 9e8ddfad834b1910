// The install must not fetch a browser from outside the npm registry: the browser is resolved at run time
// (see pipeline/editions/pdf/browser.ts).
module.exports = { skipDownload: true };
