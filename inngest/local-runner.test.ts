import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import type { AppEvent } from "./events";
import { runLocally } from "./local-runner";
import { defineWorkflow, type Workflow } from "./workflow";

const registered = (userId: string): AppEvent<"user.registered"> => ({
  id: `evt-${randomUUID()}`,
  name: "user.registered",
  data: { userId },
});

describe("the in-process workflow runner", () => {
  it("resumes a retried delivery after the failed step, without re-running the steps that succeeded", async () => {
    const calls = { first: 0, second: 0 };
    const inputsOfSecond: unknown[] = [];
    const onboarding = defineWorkflow({
      id: "test-onboarding",
      trigger: "user.registered",
      handler: async ({ event, step }) => {
        const welcome = await step.run("create-welcome", async () => {
          calls.first++;
          return { userId: event.data.userId, createdOn: calls.first };
        });
        return step.run("send-welcome", async () => {
          calls.second++;
          inputsOfSecond.push(welcome);
          if (calls.second === 1) throw new Error("mail provider down");
          return "sent";
        });
      },
    });
    const event = registered("u-retry");

    const firstDelivery = runLocally([onboarding as Workflow], event);
    await expect(firstDelivery).rejects.toBeInstanceOf(AggregateError);
    await expect(firstDelivery).rejects.toMatchObject({
      errors: [expect.objectContaining({ message: "mail provider down" })],
    });
    expect(calls).toEqual({ first: 1, second: 1 });
    // Only the step that succeeded is memoised.
    expect(
      await db.workflowStep.findMany({
        where: { eventId: event.id },
        select: { functionId: true, stepId: true, output: true },
      }),
    ).toEqual([
      { functionId: "test-onboarding", stepId: "create-welcome", output: { userId: "u-retry", createdOn: 1 } },
    ]);

    await expect(runLocally([onboarding as Workflow], event)).resolves.toBeUndefined();
    expect(calls).toEqual({ first: 1, second: 2 });
    // The retry got the first delivery's result of the memoised step, not a fresh one.
    expect(inputsOfSecond).toEqual([
      { userId: "u-retry", createdOn: 1 },
      { userId: "u-retry", createdOn: 1 },
    ]);
    expect(await db.workflowStep.count({ where: { eventId: event.id } })).toBe(2);

    // A third delivery of the same event (a duplicate send) runs nothing again.
    await runLocally([onboarding as Workflow], event);
    expect(calls).toEqual({ first: 1, second: 2 });
  });

  it("memoises per event: another event runs the steps afresh", async () => {
    let runs = 0;
    const counter = defineWorkflow({
      id: "test-counter",
      trigger: "user.registered",
      handler: ({ step }) => step.run("count", async () => ++runs),
    });
    await runLocally([counter as Workflow], registered("a"));
    await runLocally([counter as Workflow], registered("b"));
    expect(runs).toBe(2);
  });

  it("runs only the workflows whose trigger matches the event name", async () => {
    const ran: string[] = [];
    const make = (id: string, trigger: "user.registered" | "user.email-verified") =>
      defineWorkflow({
        id,
        trigger,
        handler: async ({ event }) => void ran.push(`${id}:${event.data.userId}`),
      }) as Workflow;
    const workflows = [
      make("welcome", "user.registered"),
      make("after-verify", "user.email-verified"),
      make("audit", "user.registered"),
    ];

    await runLocally(workflows, registered("u1"));
    expect(ran).toEqual(["welcome:u1", "audit:u1"]);

    ran.length = 0;
    await runLocally(workflows, { id: `evt-${randomUUID()}`, name: "user.email-verified", data: { userId: "u2" } });
    expect(ran).toEqual(["after-verify:u2"]);

    ran.length = 0;
    await runLocally(workflows, {
      id: `evt-${randomUUID()}`,
      name: "offer.published",
      data: { offerId: "o", enterpriseId: "e" },
    });
    expect(ran).toEqual([]);
  });

  it("still runs the other matching workflows when one fails, then reports the failure", async () => {
    const ran: string[] = [];
    const failing = defineWorkflow({
      id: "failing",
      trigger: "user.registered",
      handler: async () => {
        throw new Error("broken workflow");
      },
    });
    const healthy = defineWorkflow({
      id: "healthy",
      trigger: "user.registered",
      handler: async () => void ran.push("healthy"),
    });

    await expect(runLocally([failing, healthy] as Workflow[], registered("u3"))).rejects.toThrow(
      /1 workflow\(s\) failed for user.registered/,
    );
    expect(ran).toEqual(["healthy"]);
  });
});
