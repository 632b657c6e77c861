// Generates SAS tokens with the JS SDK @azure/eventgrid's generateSharedAccessSignature for
// the key and inputs of a fixture file (argument 1), and prints the fixture with the tokens
// as JSON. src/test/resources/sas/javascript-generate-shared-access-signature.json is its
// output; SdkSasTokenFixturesTests runs it again when Node.js is installed and checks that
// the committed tokens are what the SDK writes.
"use strict";

const fs = require("fs");
const { generateSharedAccessSignature } = require("@azure/eventgrid");
const { AzureKeyCredential } = require("@azure/core-auth");

async function main() {
  const fixture = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  const credential = new AzureKeyCredential(fixture.key);
  for (const entry of fixture.tokens) {
    entry.token = await generateSharedAccessSignature(entry.endpoint, credential, new Date(entry.expiresOnUtc));
  }
  process.stdout.write(JSON.stringify(fixture, null, 2) + "\n");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
