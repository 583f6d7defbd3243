"use server";
import { headers } from "next/headers";
import { renewAmendmentSigningLink } from "@/lib/agreements/amendment-signing-link";
import { refuseAgreement } from "@/lib/agreements/refuse-agreement";
import { signAgreement } from "@/lib/agreements/sign-agreement";
import { refuseAmendment, signAmendment } from "@/lib/agreements/sign-amendment";
import { renewSigningLink } from "@/lib/agreements/signing-link";
import { clientIp } from "@/lib/core/request-info";
import { serverAction } from "@/lib/core/server-action";

// The pages of e-mailed signing links: no session, the code is the signer's proof.

export const signWithCode = serverAction(
  async (input: { id: string; code: string; typedName: string; consent: boolean; documentSha256?: string }) => {
    const { id, ...rest } = input;
    return signAgreement(null, String(id), rest, clientIp(await headers()));
  },
  { rateLimit: { name: "agreement-code", points: 10, seconds: 60 } },
);

export const refuseWithCode = serverAction(
  async (input: { id: string; code: string; reason: string }) =>
    refuseAgreement(null, String(input.id), { code: input.code, reason: input.reason }),
  { rateLimit: { name: "agreement-code", points: 10, seconds: 60 } },
);

export const renewLink = serverAction(async (input: { code: string }) =>
  renewSigningLink(String(input.code), clientIp(await headers())),
);

export const signAmendmentWithCode = serverAction(
  async (input: {
    id: string;
    amendmentId: string;
    code: string;
    typedName: string;
    consent: boolean;
    documentSha256?: string;
  }) => {
    const { id, amendmentId, ...rest } = input;
    return signAmendment(null, String(id), String(amendmentId), rest, clientIp(await headers()));
  },
  { rateLimit: { name: "agreement-code", points: 10, seconds: 60 } },
);

export const refuseAmendmentWithCode = serverAction(
  async (input: { id: string; amendmentId: string; code: string; reason: string }) =>
    refuseAmendment(null, String(input.id), String(input.amendmentId), { code: input.code, reason: input.reason }),
  { rateLimit: { name: "agreement-code", points: 10, seconds: 60 } },
);

export const renewAmendmentLink = serverAction(async (input: { code: string }) =>
  renewAmendmentSigningLink(String(input.code), clientIp(await headers())),
);
