import * as yup from "yup";
import { db } from "@/lib/core/db";
import { forbidden } from "@/lib/core/errors";
import { validate } from "@/lib/core/validation";
import type { Actor } from "@/lib/identity/actor";
import { requireActor } from "@/lib/identity/policy";
import { formsFilledBy, scopedInternship } from "./evaluation-internship";
import { formKindSchema } from "./evaluation-kinds";
import { writeEvaluation } from "./write-evaluation";

const kindOnly = yup.object({ kind: formKindSchema });

/**
 * A party fills their evaluation of an internship (`{ kind, answers, comment? }`), once: the tutor
 * their midterm and final ones, the assigned supervisor theirs, the student their self-evaluation
 * and their evaluation of the host. Another internship reads as not found.
 */
export async function submitEvaluation(actor: Actor | null, internshipId: string, input: unknown) {
  const me = requireActor(actor);
  const { kind } = await validate(kindOnly, input);
  return db.$transaction(async (tx) => {
    const internship = await scopedInternship(me, internshipId, tx);
    if (!formsFilledBy(me, internship).includes(kind)) throw forbidden("notYourEvaluation");
    return writeEvaluation(tx, internship, kind, input, { userId: me.userId, name: me.name, email: me.email });
  });
}
