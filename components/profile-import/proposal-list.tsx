"use client";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useLocale, useTranslations } from "next-intl";
import { decideAllProfileProposals, decideProfileProposal } from "@/app/(app)/student/profile/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";
import { useReasonText } from "@/components/ui/reason-text";

type Kind = "SKILL" | "EDUCATION" | "EXPERIENCE" | "LANGUAGE";
type Proposal = {
  id: string;
  kind: Kind;
  status: "PENDING" | "ACCEPTED" | "REJECTED";
  data: Record<string, string | null>;
  evidence: string | null;
};
export type Reading = {
  id: string;
  status: "PENDING" | "DONE" | "FAILED";
  fileName: string;
  failureReason: string | null;
  text: string | null;
  proposals: Proposal[];
};

const KINDS: Kind[] = ["SKILL", "EDUCATION", "EXPERIENCE", "LANGUAGE"];

/** The proposals of a finished reading beside its text: each accepted or rejected, or all at once. */
export function ProposalList({ reading, onDecided }: { reading: Reading; onDecided: () => void }) {
  const t = useTranslations("students.import");
  const locale = useLocale();
  const text = useReasonText();
  const languageName = (code: string | null) =>
    (code && new Intl.DisplayNames([locale], { type: "language" }).of(code)) ?? code ?? "";
  const one = useAction(decideProfileProposal, {
    success: (_data, input) => (input.decision === "accept" ? t("accepted") : t("rejected")),
    onSuccess: onDecided,
  });
  const all = useAction(decideAllProfileProposals, {
    success: (data) =>
      data.refused.length
        ? `${t("allDecided", { count: data.decided })} ${t("someRefused", {
            count: data.refused.length,
            reasons: [...new Set(data.refused.map((r) => text.reason({ key: r.reason })))].join(" "),
          })}`
        : t("allDecided", { count: data.decided }),
    onSuccess: onDecided,
  });

  const period = (data: Record<string, string | null>) =>
    data.start || data.end ? ` (${t("period", { start: data.start ?? "?", end: data.end ?? t("ongoing") })})` : "";
  const label = (proposal: Proposal): string => {
    const data = proposal.data;
    switch (proposal.kind) {
      case "SKILL":
        return data.name ?? "";
      case "EDUCATION":
        return `${data.degree} — ${data.institution}${period(data)}`;
      case "EXPERIENCE":
        return `${data.role} — ${data.employer}${period(data)}`;
      case "LANGUAGE":
        return t("languageLine", {
          language: languageName(data.language),
          level: data.level === "NATIVE" ? t("native") : (data.level ?? t("noLevel")),
        });
    }
  };
  const pending = reading.proposals.filter((p) => p.status === "PENDING").length;
  const busy = one.pending || all.pending;

  return (
    <Stack direction={{ xs: "column", md: "row" }} spacing={3} sx={{ alignItems: "flex-start" }}>
      <Box sx={{ flex: 1, minWidth: 0, width: "100%" }}>
        <Typography variant="subtitle2" component="h3" gutterBottom>
          {t("textRead", { file: reading.fileName })}
        </Typography>
        <Box
          component="pre"
          tabIndex={0}
          sx={{
            m: 0,
            p: 1.5,
            maxHeight: { xs: 220, md: 520 },
            overflow: "auto",
            whiteSpace: "pre-wrap",
            wordBreak: "break-word",
            fontFamily: "inherit",
            fontSize: "0.85rem",
            bgcolor: "action.hover",
            borderRadius: 1,
          }}
        >
          {reading.text}
        </Box>
      </Box>
      <Stack spacing={2} sx={{ flex: 1, minWidth: 0, width: "100%" }}>
        <Typography variant="subtitle2" component="h3">
          {t("proposals")} — {t("done", { count: pending })}
        </Typography>
        <ActionOutcome outcome={all.outcome ?? one.outcome} />
        {pending > 0 && (
          <Stack direction="row" spacing={1} sx={{ flexWrap: "wrap", gap: 1 }}>
            <Button
              size="small"
              variant="contained"
              disabled={busy}
              onClick={() => void all.execute({ importId: reading.id, decision: "accept" })}
            >
              {t("acceptAll")}
            </Button>
            <Button
              size="small"
              disabled={busy}
              onClick={() => void all.execute({ importId: reading.id, decision: "reject" })}
            >
              {t("rejectAll")}
            </Button>
          </Stack>
        )}
        {KINDS.map((kind) => {
          const list = reading.proposals.filter((p) => p.kind === kind);
          if (!list.length) return null;
          return (
            <Box key={kind} component="section" aria-label={t(`kind.${kind}`)}>
              <Typography variant="overline" component="h4">
                {t(`kind.${kind}`)}
              </Typography>
              <Stack component="ul" spacing={1} sx={{ listStyle: "none", p: 0, m: 0 }}>
                {list.map((proposal) => (
                  <Stack
                    component="li"
                    key={proposal.id}
                    direction="row"
                    spacing={1}
                    sx={{ alignItems: "center", flexWrap: "wrap", gap: 0.5 }}
                  >
                    <Typography sx={{ flex: "1 1 12rem", minWidth: 0 }} title={proposal.evidence ?? undefined}>
                      {label(proposal)}
                    </Typography>
                    {proposal.status === "PENDING" ? (
                      <Stack direction="row" spacing={0.5}>
                        <Button
                          size="small"
                          variant="outlined"
                          disabled={busy}
                          aria-label={t("acceptLabel", { what: label(proposal) })}
                          onClick={() =>
                            void one.execute({ importId: reading.id, proposalId: proposal.id, decision: "accept" })
                          }
                        >
                          {t("accept")}
                        </Button>
                        <Button
                          size="small"
                          disabled={busy}
                          aria-label={t("rejectLabel", { what: label(proposal) })}
                          onClick={() =>
                            void one.execute({ importId: reading.id, proposalId: proposal.id, decision: "reject" })
                          }
                        >
                          {t("reject")}
                        </Button>
                      </Stack>
                    ) : (
                      <Chip
                        size="small"
                        color={proposal.status === "ACCEPTED" ? "success" : "default"}
                        label={t(`status.${proposal.status}`)}
                      />
                    )}
                  </Stack>
                ))}
              </Stack>
            </Box>
          );
        })}
      </Stack>
    </Stack>
  );
}
