/** An application sent this many days ago and still not moved by the enterprise is waiting too long. */
export const UNANSWERED_DAYS = 10;

/** Applications sent before this instant and still SUBMITTED are unanswered. */
export const unansweredBefore = (now = new Date()) => new Date(now.getTime() - UNANSWERED_DAYS * 86_400_000);
