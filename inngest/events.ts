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
  "internship.started": { internshipId: string };
  "internship.completed": { internshipId: string };
  /** Someone raised an issue: the supervisor and the university's admins are told, once. */
  "internship.issue-raised": { internshipId: string; issueId: string };
  "internship.evaluated": { internshipId: string; evaluationId: string };
  "document.uploaded": { documentId: string; versionId: string };
  "document.validated": { documentId: string };
  "certificate.generated": { certificateId: string };
  "notification.email.send": { emailId: string };
  "notification.push.send": { userId: string; notificationId: string };
};

export type EventName = keyof EventCatalogue;

export type AppEvent<N extends EventName = EventName> = {
  id: string;
  name: N;
  data: EventCatalogue[N];
};
