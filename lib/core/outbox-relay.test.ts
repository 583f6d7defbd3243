import { setTimeout as sleep } from "node:timers/promises";
import { beforeEach, describe, expect, it } from "vitest";
import type { AppEvent } from "@/inngest/events";
import { db } from "./db";
import { recordEvent } from "./outbox";
import { relayOutbox } from "./outbox-relay";

// The relay takes every due row of the database, and this file's tests share one: start each from an empty outbox.
beforeEach(async () => {
  await db.outboxEvent.deleteMany();
});

async function recordCommitted(userId = "user-1"): Promise<string> {
  return db.$transaction((tx) => recordEvent(tx, "user.registered", { userId }));
}

describe("recording events in the outbox", () => {
  it("leaves no event behind when the transaction that recorded it rolls back", async () => {
    let recordedId: string | undefined;
    await expect(
      db.$transaction(async (tx) => {
        recordedId = await recordEvent(tx, "user.registered", { userId: "rolled-back" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");

    expect(recordedId).toEqual(expect.any(String));
    expect(await db.outboxEvent.findUnique({ where: { id: recordedId! } })).toBeNull();
    expect(await db.outboxEvent.count()).toBe(0);
    // And nothing is there for a relay to send.
    const sent: AppEvent[] = [];
    expect(await relayOutbox(async (event) => void sent.push(event))).toEqual({ delivered: 0, failed: 0 });
    expect(sent).toEqual([]);
  });

  it("keeps the event of a committed transaction, undelivered, with its payload", async () => {
    const id = await recordCommitted("committed-user");
    expect(await db.outboxEvent.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: "user.registered",
      data: { userId: "committed-user" },
      deliveredAt: null,
      attempts: 0,
    });
  });
});

describe("relaying the outbox", () => {
  it("retries a failed send later and delivers the event exactly once, with the row id as event id", async () => {
    const id = await recordCommitted("retry-user");
    const seen: AppEvent[] = [];
    let calls = 0;
    const flakySender = async (event: AppEvent) => {
      seen.push(event);
      if (++calls === 1) throw new Error("Inngest is unreachable");
    };

    const before = Date.now();
    expect(await relayOutbox(flakySender)).toEqual({ delivered: 0, failed: 1 });
    const failed = await db.outboxEvent.findUniqueOrThrow({ where: { id } });
    expect(failed.deliveredAt).toBeNull();
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toContain("Inngest is unreachable");
    expect(failed.availableAt.getTime()).toBeGreaterThan(before);

    // Not due yet: an immediate relay leaves it alone.
    expect(await relayOutbox(flakySender)).toEqual({ delivered: 0, failed: 0 });
    expect(calls).toBe(1);

    await db.outboxEvent.update({ where: { id }, data: { availableAt: new Date(Date.now() - 1000) } });
    expect(await relayOutbox(flakySender)).toEqual({ delivered: 1, failed: 0 });
    const delivered = await db.outboxEvent.findUniqueOrThrow({ where: { id } });
    expect(delivered.deliveredAt).not.toBeNull();
    expect(delivered.lastError).toBeNull();

    expect(await relayOutbox(flakySender)).toEqual({ delivered: 0, failed: 0 });
    expect(calls).toBe(2);
    expect(seen).toEqual([
      { id, name: "user.registered", data: { userId: "retry-user" } },
      { id, name: "user.registered", data: { userId: "retry-user" } },
    ]);
  });

  it("never sends the same row twice when relays run concurrently", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) ids.push(await recordCommitted(`concurrent-${i}`));
    const sent: string[] = [];
    // A slow sender keeps the relays overlapping while they work through their claims.
    const slowSender = async (event: AppEvent) => {
      await sleep(25);
      sent.push(event.id);
    };

    const results = await Promise.all([
      relayOutbox(slowSender, 3),
      relayOutbox(slowSender, 3),
      relayOutbox(slowSender, 3),
    ]);
    expect(results.reduce((sum, r) => sum + r.delivered, 0)).toBe(sent.length);
    // Drain whatever the concurrent relays did not claim.
    while ((await relayOutbox(slowSender, 3)).delivered > 0);

    expect(new Set(sent).size).toBe(sent.length);
    expect([...sent].sort()).toEqual([...ids].sort());
    expect(await db.outboxEvent.count({ where: { id: { in: ids }, deliveredAt: null } })).toBe(0);
  });

  it("delivers due events oldest first", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await recordCommitted(`ordered-${i}`));
    const sent: string[] = [];
    while ((await relayOutbox(async (event) => void sent.push(event.id))).delivered > 0);
    expect(sent.filter((id) => ids.includes(id))).toEqual(ids);
  });
});
