// Drives an emulated Event Grid namespace with the JS SDK @azure/eventgrid-namespaces:
// publish, receive, acknowledge, release, reject and renew lock, then prints what it saw
// as one JSON line for NamespaceJavaScriptSdkTests. Inputs come from the environment.
"use strict";

const { EventGridSenderClient, EventGridReceiverClient } = require("@azure/eventgrid-namespaces");
const { AzureKeyCredential } = require("@azure/core-auth");

const endpoint = process.env.EG_ENDPOINT;
const credential = new AzureKeyCredential(process.env.EG_KEY);
const topic = process.env.EG_TOPIC;
const subscription = process.env.EG_SUBSCRIPTION;

function event(id) {
  return { type: "Order.Created", source: "/js-sdk", id, subject: "/orders/" + id, data: { id } };
}

async function main() {
  const sender = new EventGridSenderClient(endpoint, credential, topic);
  const receiver = new EventGridReceiverClient(endpoint, credential, topic, subscription);
  await sender.sendEvents(event("single"));
  await sender.sendEvents([event("batch-1"), event("batch-2")]);
  const first = await receiver.receiveEvents({ maxEvents: 3, maxWaitTime: 10 });
  const byId = Object.fromEntries(first.details.map((d) => [d.event.id, d]));
  const token = (id) => byId[id].brokerProperties.lockToken;
  const acknowledged = await receiver.acknowledgeEvents([token("single")]);
  const released = await receiver.releaseEvents([token("batch-1")], { releaseDelay: "0" });
  const rejected = await receiver.rejectEvents([token("batch-2")]);
  const second = await receiver.receiveEvents({ maxEvents: 1, maxWaitTime: 10 });
  const again = second.details[0];
  const renewed = await receiver.renewEventLocks([again.brokerProperties.lockToken]);
  const finalAck = await receiver.acknowledgeEvents([again.brokerProperties.lockToken]);
  const stale = await receiver.acknowledgeEvents([token("single")]);
  let unknownTopic;
  try {
    await new EventGridSenderClient(endpoint, credential, "no-such-topic").sendEvents(event("lost"));
  } catch (error) {
    unknownTopic = { statusCode: error.statusCode, code: error.code };
  }
  console.log(JSON.stringify({
    firstIds: first.details.map((d) => d.event.id).sort(),
    firstEvent: byId["single"].event,
    deliveryCounts: first.details.map((d) => d.brokerProperties.deliveryCount),
    acknowledged, released, rejected,
    again: { id: again.event.id, deliveryCount: again.brokerProperties.deliveryCount },
    renewed, finalAck, stale, unknownTopic,
  }));
}

main().catch((error) => {
  console.error(error && error.stack ? error.stack : error);
  process.exit(1);
});
