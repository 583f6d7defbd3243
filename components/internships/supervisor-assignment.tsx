"use client";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import FormControlLabel from "@mui/material/FormControlLabel";
import Link from "@mui/material/Link";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { assignSupervisorAction } from "@/app/(app)/internships/assign-actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";
import type { InternshipSummary } from "@/lib/internships/internship-summary";
import { InternshipStatusChip } from "./internship-status-chip";

type Group = { status: InternshipSummary["status"]; title: string; items: InternshipSummary[] };

/**
 * The university admin's internships by state, with a box on each row: select rows (or a whole
 * group), choose one of the university's supervisors, assign them in one action.
 */
export function SupervisorAssignment({
  groups,
  supervisors,
}: {
  groups: Group[];
  supervisors: { id: string; name: string }[];
}) {
  const t = useTranslations("internships.list");
  const format = useFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [supervisorId, setSupervisorId] = useState("");
  const { execute, pending, outcome } = useAction(assignSupervisorAction, {
    success: (data) => t("assigned", { count: data.assigned, name: data.supervisor.name }),
    onSuccess: () => setSelected(new Set()),
  });
  const toggle = (ids: string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });

  return (
    <Stack spacing={3} sx={{ maxWidth: 880 }}>
      {groups.map((group) => {
        const ids = group.items.map((i) => i.id);
        const all = ids.length > 0 && ids.every((id) => selected.has(id));
        return (
          <section key={group.status} aria-labelledby={`group-${group.status}`}>
            <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
              <Typography id={`group-${group.status}`} variant="h2">
                {group.title} ({group.items.length})
              </Typography>
              {ids.length > 0 && (
                <FormControlLabel
                  control={<Checkbox checked={all} onChange={(e) => toggle(ids, e.target.checked)} />}
                  label={t("selectAll")}
                />
              )}
            </Stack>
            {group.items.length === 0 ? (
              <Typography color="text.secondary">{t("groupEmpty")}</Typography>
            ) : (
              <Stack component="ul" spacing={0.5} sx={{ listStyle: "none", p: 0, m: 0 }}>
                {group.items.map((item) => (
                  <Stack component="li" key={item.id} direction="row" spacing={1} sx={{ alignItems: "center" }}>
                    <Checkbox
                      checked={selected.has(item.id)}
                      onChange={(e) => toggle([item.id], e.target.checked)}
                      slotProps={{ input: { "aria-label": t("select", { name: item.student.name }) } }}
                    />
                    <Box>
                      <Link href={`/internships/${item.id}`}>
                        {item.student.name} · {item.enterprise.name}
                      </Link>{" "}
                      <InternshipStatusChip status={item.status} />
                      <Typography variant="body2" color="text.secondary">
                        {[
                          t("dates", { start: date(item.startDate), end: date(item.endDate) }),
                          item.supervisor ? t("supervisor", { name: item.supervisor.name }) : t("noSupervisor"),
                        ].join(" · ")}
                      </Typography>
                    </Box>
                  </Stack>
                ))}
              </Stack>
            )}
          </section>
        );
      })}
      <Box
        component="section"
        aria-labelledby="assign-title"
        sx={{ position: "sticky", bottom: 0, py: 2, bgcolor: "background.default", zIndex: 1 }}
      >
        <Typography id="assign-title" variant="h3" component="h2" sx={{ fontSize: "1.1rem", mb: 1 }}>
          {t("assignTitle")}
        </Typography>
        <ActionOutcome outcome={outcome} />
        {supervisors.length === 0 ? (
          <Typography color="text.secondary">{t("noSupervisors")}</Typography>
        ) : (
          <Stack direction={{ xs: "column", sm: "row" }} spacing={2} sx={{ alignItems: { sm: "center" } }}>
            <Typography>{t("assignSelected", { count: selected.size })}</Typography>
            <TextField
              select
              size="small"
              label={t("assignSupervisor")}
              value={supervisorId}
              onChange={(e) => setSupervisorId(e.target.value)}
              sx={{ minWidth: 240 }}
            >
              {supervisors.map((s) => (
                <MenuItem key={s.id} value={s.id}>
                  {s.name}
                </MenuItem>
              ))}
            </TextField>
            <Button
              variant="contained"
              disabled={pending || selected.size === 0 || !supervisorId}
              onClick={() => void execute({ internshipIds: [...selected], supervisorId })}
            >
              {t("assignAction")}
            </Button>
          </Stack>
        )}
      </Box>
    </Stack>
  );
}
