import type { Workflow } from "../workflow";
import { sendEmail } from "./send-email";

/** Every workflow of the application, served to Inngest or run in-process. */
export const workflows: Workflow[] = [sendEmail as Workflow];
