// Runs each namespace operation once with the JS SDK @azure/eventgrid-namespaces, in the
// order NamespaceWireCompatibilityTests runs them with our publisher and receiver, against
// the test's capturing server: publish one event, publish a batch, receive, acknowledge,
// release with a delay, reject, renew locks. Inputs come from the environment.
"use strict";

const { EventGridSenderClient, EventGridReceiverClient } = require("@azure/eventgrid-namespaces");
const { AzureKeyCredential } = require("@azure/core-auth");

const endpoint = process.env.EG_ENDPOINT;
const credential = new AzureKeyCredential(process.env.EG_KEY);
const topic = process.env.EG_TOPIC;
const subscription = process.env.EG_SUBSCRIPTION;

function event(id) {
  return {
    type: "Order.Created",
    source: "/shop",
    id,
    subject: "/orders/" + id,
    dataContentType: "application/json",
    data: { id, quantity: 2 },
  };
}

async function main() {
  // The capturing server speaks plain HTTP on loopback.
  const options = { allowInsecureConnection: true };
  const sender = new EventGridSenderClient(endpoint, credential, topic, options);
  const receiver = new EventGridReceiverClient(endpoint, credential, topic, subscription, options);
  await sender.sendEvents(event("single"));
  await sender.sendEvents([event("batch-1"), event("batch-2")]);
  const received = await receiver.receiveEvents({ maxEvents: 3, maxWaitTime: 10 });
  const tokens = received.details.map((detail) => detail.brokerProperties.lockToken);
  await receiver.acknowledgeEvents([tokens[0]]);
  await receiver.releaseEvents([tokens[1]], { releaseDelay: "10" });
  await receiver.rejectEvents([tokens[2]]);
  await receiver.renewEventLocks([tokens[0], tokens[1]]);
  console.log(JSON.stringify({ received: received.details.map((detail) => detail.event.id) }));
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exit(1);
});
