import { InngestTestEngine } from "@inngest/test";
import { beforeEach, describe, expect, it } from "vitest";
import { scheduledWorkflows } from "@/inngest/functions";
import { inngestFunctions } from "@/inngest/inngest-functions";
import { runScheduledLocally } from "@/inngest/local-runner";
import { db } from "./db";
import { pruneEventHistory } from "./prune-event-history";

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

async function event(id: string, ageDays: number, deliveredDaysAgo: number | null) {
  await db.outboxEvent.create({
    data: {
      id,
      name: "test.event",
      data: {},
      createdAt: daysAgo(ageDays),
      deliveredAt: deliveredDaysAgo === null ? null : daysAgo(deliveredDaysAgo),
    },
  });
}

async function step(functionId: string, eventId: string, ageDays: number) {
  await db.workflowStep.create({
    data: { functionId, eventId, stepId: "work", output: "done", createdAt: daysAgo(ageDays) },
  });
}

const remaining = async () => ({
  events: (await db.outboxEvent.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id),
  steps: (
    await db.workflowStep.findMany({
      where: { stepId: "work" },
      select: { eventId: true },
      orderBy: { eventId: "asc" },
    })
  ).map((row) => row.eventId),
});

beforeEach(async () => {
  await db.outboxEvent.deleteMany();
  await db.workflowStep.deleteMany();
  await event("delivered-31-days-ago", 32, 31);
  await event("delivered-29-days-ago", 45, 29); // delivered late after retries: kept until 30 days after delivery
  await event("never-delivered", 60, null); // still retried: kept, and so are its memoised steps
  await step("send-email", "delivered-31-days-ago", 31);
  await step("send-email", "never-delivered", 59);
  await step("expire-offers", "expire-offers:slot-long-past", 40);
  await step("send-email", "delivered-29-days-ago", 29);
});

describe("pruning the event history", () => {
  it("removes delivered events and memoised steps older than 30 days by default, and keeps the rest", async () => {
    expect(await pruneEventHistory()).toEqual({ outboxEvents: 1, workflowSteps: 2 });
    expect(await remaining()).toEqual({
      events: ["delivered-29-days-ago", "never-delivered"],
      steps: ["delivered-29-days-ago", "never-delivered"],
    });
  });

  it("removes nothing more when run again", async () => {
    await pruneEventHistory();
    const after = await remaining();
    expect(await pruneEventHistory()).toEqual({ outboxEvents: 0, workflowSteps: 0 });
    expect(await remaining()).toEqual(after);
  });

  it("honours another retention period", async () => {
    expect(await pruneEventHistory(new Date(), 60)).toEqual({ outboxEvents: 0, workflowSteps: 0 });
    expect(await pruneEventHistory(new Date(), 1)).toEqual({ outboxEvents: 2, workflowSteps: 3 });
    expect(await remaining()).toEqual({ events: ["never-delivered"], steps: ["never-delivered"] });
  });
});

describe("the nightly prune-event-history workflow", () => {
  it("is scheduled by the in-process timer, and a repeated slot prunes once", async () => {
    const workflow = scheduledWorkflows.find((w) => w.id === "prune-event-history");
    expect(workflow?.cron).toBe("30 3 * * *");
    await runScheduledLocally(workflow!, "prune-event-history:slot-1");
    expect((await remaining()).events).toEqual(["delivered-29-days-ago", "never-delivered"]);
    expect(
      await db.workflowStep.findUniqueOrThrow({
        where: {
          functionId_eventId_stepId: {
            functionId: "prune-event-history",
            eventId: "prune-event-history:slot-1",
            stepId: "prune",
          },
        },
      }),
    ).toMatchObject({
      output: { outboxEvents: 1, workflowSteps: 2 },
    });
    await runScheduledLocally(workflow!, "prune-event-history:slot-1");
    expect(await db.workflowStep.count({ where: { functionId: "prune-event-history" } })).toBe(1);
  });

  it("is served to Inngest on the same cron, running the same prune", async () => {
    const fn = inngestFunctions().find((f) => f.id() === "prune-event-history");
    expect(fn?.opts.triggers).toEqual([{ cron: "30 3 * * *" }]);
    const { result } = await new InngestTestEngine({ function: fn! }).execute({
      events: [{ name: "inngest/scheduled.timer", data: { cron: "30 3 * * *" } }],
    });
    expect(result).toEqual({ outboxEvents: 1, workflowSteps: 2 });
    expect((await remaining()).events).toEqual(["delivered-29-days-ago", "never-delivered"]);
  });
});
