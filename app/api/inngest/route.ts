import { serve } from "inngest/next";
import { inngestClient } from "@/inngest/client";
import { inngestFunctions } from "@/inngest/inngest-functions";

export const { GET, POST, PUT } = serve({ client: inngestClient(), functions: inngestFunctions() });
