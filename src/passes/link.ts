// Linking: several entry plans over one arena.
// Guarantees: params with the same name in different entries share one persistent slot (their dtype
// and shape must agree, else an error names both entries); array constants get their own slots; the
// scratch regions of all entries start at the same address, right after the persistent region, and
// the arena is as large as the largest entry needs. Buffer addresses become arena addresses. O(buffers).
import { formatShape } from "../ir/types.ts";
import { alignUp } from "./memory.ts";
import type { Buffer, PersistentSlot, Plan, ProgramPlan } from "./plan.ts";

const slotKey = (entry: string, b: Buffer) => (b.param ? b.param.name : `${entry}#const${b.node}`);

export function linkPlans(plans: readonly Plan[]): ProgramPlan {
  const slots = new Map<string, PersistentSlot & { entry: string }>();
  let top = 0;
  for (const plan of plans) {
    for (const b of plan.buffers) {
      if (b.region !== "persistent" || b.inPlaceOf !== undefined) continue;
      const key = slotKey(plan.entry, b);
      const existing = slots.get(key);
      if (existing) {
        if (existing.dtype !== b.dtype || existing.shape.join(",") !== b.shape.join(",")) {
          throw new Error(
            `param '${key}' is ${formatShape(existing.dtype, existing.shape)} in entry '${existing.entry}' but ` +
              `${formatShape(b.dtype, b.shape)} in entry '${plan.entry}'; entries share params by name, so build ` +
              "them with the same bindings (batch size does not matter for params) or rename one",
          );
        }
        continue;
      }
      slots.set(key, {
        entry: plan.entry,
        name: key,
        dtype: b.dtype,
        shape: b.shape,
        address: top,
        ...(b.param ? { init: b.param.init, trainable: b.param.trainable } : {}),
        ...(b.constValue ? { constValue: b.constValue } : {}),
      });
      top += alignUp(b.size * 4);
    }
  }
  const scratchBase = top;
  const entries = plans.map((plan) => relocate(plan, scratchBase, (b) => slots.get(slotKey(plan.entry, b))!.address));
  const scratch = Math.max(0, ...plans.map((p) => p.memory.scratchBytes));
  const persistent = [...slots.values()].map(({ entry: _entry, ...slot }) => slot);
  return { entries, persistent, arenaBytes: scratchBase + scratch };
}

function relocate(plan: Plan, scratchBase: number, persistentAddress: (b: Buffer) => number): Plan {
  const byId = plan.buffers;
  const address = (b: Buffer): number => {
    if (b.region === "scratch") return scratchBase + b.address;
    if (b.inPlaceOf !== undefined) return address(byId[b.inPlaceOf]!);
    return persistentAddress(b);
  };
  return { ...plan, buffers: plan.buffers.map((b) => ({ ...b, address: address(b) })) };
}
