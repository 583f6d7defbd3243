/**
 * The typed event catalogue. Names are part of the contract (docs/product.md, "Events"); payloads carry
 * ids, not copies of rows, so a workflow always reads the current state.
 */
export type EventCatalogue = {
  "user.registered": { userId: string };
  "user.email-verified": { userId: string };
  "user.invited": { email: string; role: string; universityId: string };
  "enterprise.created": { enterpriseId: string; userId: string };
  "enterprise.member-invited": { enterpriseId: string; email: string };
  "enterprise.verification-requested": { enterpriseId: string; verificationId: string };
  "enterprise.verified": { enterpriseId: string; verificationId: string };
  "enterprise.verification-rejected": { enterpriseId: string; verificationId: string };
  "offer.published": { offerId: string; enterpriseId: string };
  "offer.closed": { offerId: string; enterpriseId: string };
  "offer.expired": { offerId: string; enterpriseId: string };
  "offer.favourited": { offerId: string; studentId: string };
  /** An import run was queued ("run now" or the schedule): the import workflow performs it. */
  "import.run-requested": { runId: string; sourceId: string };
  /** An imported offer changed or closed with its posting: students who saved it are told, once per `hash`. */
  "import.offer-changed": { itemId: string; offerId: string; change: "updated" | "closed"; hash: string };
  /** A source failed too many runs in a row and was paused: whoever added it is told. */
  "import.source-paused": { sourceId: string };
  /** A draft was started, or an application sent at once (then `.submitted` follows). */
  "application.created": { applicationId: string; offerId: string; studentId: string };
  // Each status change names its row of ApplicationStatusChange (the history), which its workflow claims.
  "application.submitted": { applicationId: string; changeId: string };
  "application.accepted": { applicationId: string; changeId: string };
  "application.rejected": { applicationId: string; changeId: string };
  "application.withdrawn": { applicationId: string; changeId: string };
  /** A move between the open stages (UNDER_REVIEW, SHORTLISTED, INTERVIEW). */
  "application.status-changed": { applicationId: string; changeId: string; status: string };
  /** Booked, or booked again after a cancellation (the booking's SEQUENCE says which version). */
  "interview.booked": { bookingId: string; sequence: number };
  "interview.moved": { bookingId: string; sequence: number; fromSlotId: string };
  "interview.cancelled": { bookingId: string; sequence: number };
  /** It is the turn of an agreement's step: its signer is asked (e-mail, in the app), once. */
  "convention.turn": { agreementId: string; stepId: string };
  /** A party refused (the step says why): the agreement is back in draft, everyone is told. */
  "convention.refused": { agreementId: string; stepId: string };
  /** The last party signed: the agreement is validated (`party` is the last step's). */
  "convention.signed": { agreementId: string; party: string };
  /** It is the turn of an amendment's step (the first when proposed): its signer is asked, once. */
  "amendment.turn": { agreementId: string; amendmentId: string; stepId: string };
  /** A party refused an amendment (the step says why): it is rejected, the proposer and signers are told. */
  "amendment.refused": { agreementId: string; amendmentId: string; stepId: string };
  /** The last party signed an amendment: its changes now apply to the agreement and the internship. */
  "amendment.signed": { agreementId: string; amendmentId: string };
  "internship.started": { internshipId: string };
  "internship.completed": { internshipId: string };
  /** Someone raised an issue: the supervisor and the university's admins are told, once. */
  "internship.issue-raised": { internshipId: string; issueId: string };
  "internship.evaluated": { internshipId: string; evaluationId: string };
  /** Ended early by the supervisor or the university: the other parties are told, once. */
  "internship.terminated": { internshipId: string; byUserId: string };
  /** The tutor or the supervisor commented on a logbook week: the other parties are told, once. */
  "internship.activity-commented": { internshipId: string; commentId: string };
  /** A visit's date was picked (SEQUENCE of the visit): everyone gets the invitation, once per version. */
  "internship.visit-scheduled": { internshipId: string; visitId: string; sequence: number };
  /** The supervisor moved a scheduled visit (same UID, SEQUENCE raised): everyone gets the updated invitation, once. */
  "internship.visit-moved": { internshipId: string; visitId: string; sequence: number };
  /** The supervisor cancelled a visit (SEQUENCE raised): everyone is told, with METHOD:CANCEL once it had a date. */
  "internship.visit-cancelled": { internshipId: string; visitId: string; sequence: number };
  /** A CV was uploaded or a LinkedIn file sent: the profile-import workflow reads it and writes its proposals. */
  "profile-import.requested": { importId: string; studentId: string };
  "document.uploaded": { documentId: string; versionId: string };
  "document.validated": { documentId: string };
  /** A reviewer rejected a document with a reason (its owner may send a new version). */
  "document.rejected": { documentId: string };
  "certificate.generated": { certificateId: string };
  /** University staff asked for the certificates of a promotion (a program's internships ending in a year). */
  "certificate.batch-requested": { universityId: string; programId: string; year: number; requestedById: string };
  /** A large export was asked for (ExportJob): the produce-export workflow writes its file, then tells the requester. */
  "export.requested": { exportId: string };
  "notification.email.send": { emailId: string };
  /** A web push to each of a user's subscriptions (PushMessage), once per subscription. */
  "notification.push.send": { pushId: string };
};

export type EventName = keyof EventCatalogue;

export type AppEvent<N extends EventName = EventName> = {
  id: string;
  name: N;
  data: EventCatalogue[N];
  /** The request that recorded it, for the workflows' logs (the in-process runner; Inngest has its own ids). */
  requestId?: string;
};
