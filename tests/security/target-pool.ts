import { madeForCaller, resolveTarget, type Cell, type Target, type TargetKind } from "./targets";
import type { World } from "./world";

/**
 * Fresh rows for a run of cells. A "fresh…" row is made for each call, since an allowed call uses
 * it up; but a call whose check proved that it wrote nothing (a refusal, any GET) leaves its row
 * exactly as it was made, so the row is given back and the next cell of the same kind and side
 * takes it instead of making another. Making rows was most of the security suites' time (an
 * agreement being signed renders its PDF at submission). A row made for one caller stays theirs.
 */
export function targetPool(world: World) {
  const kept = new Map<string, Target>();
  const keyOf = (kind: TargetKind, cell: Cell) =>
    [kind, cell.side ?? "A", ...(madeForCaller(kind) ? [cell.actor, cell.scope] : [])].join("|");
  return {
    async take(kind: TargetKind, cell: Cell): Promise<Target> {
      const key = keyOf(kind, cell);
      const target = kept.get(key);
      if (!target) return resolveTarget(kind, world, cell);
      kept.delete(key);
      return target;
    },
    /** Only after a call that was checked to have written nothing (else the next cell gets a fresh row). */
    giveBack(kind: TargetKind, cell: Cell, target: Target) {
      if (kind.startsWith("fresh")) kept.set(keyOf(kind, cell), target);
    },
  };
}
