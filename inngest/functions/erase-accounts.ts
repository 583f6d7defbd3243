import { eraseDueAccounts } from "@/lib/identity/erase-due-accounts";
import { defineScheduledWorkflow } from "../workflow";

/** Every night, the accounts whose owners asked for deletion DELETION_GRACE_DAYS ago are erased. */
export const eraseDueAccountsNightly = defineScheduledWorkflow({
  id: "erase-due-accounts",
  cron: "0 4 * * *",
  handler: ({ step }) => step.run("erase", () => eraseDueAccounts()),
});
