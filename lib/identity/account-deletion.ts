/** How long an account stays recoverable after its owner asked to delete it. */
export const DELETION_GRACE_DAYS = 30;

/** Documents the records that outlive an account still need; every other document is erased with it. */
export const KEPT_DOCUMENT_KINDS = ["AGREEMENT", "REPORT", "ATTESTATION", "CERTIFICATE"] as const;
