import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { getTranslations } from "next-intl/server";
import { auditDiff } from "@/lib/audit/audit-diff";

/**
 * An entry's before and after, field by field, folded (a native <details>, no script): changed
 * values are marked, the old one struck through. On phones it also names the row and the address.
 */
export async function AuditDiff({
  before,
  after,
  entity,
  ip,
}: {
  before: unknown;
  after: unknown;
  entity: string;
  ip: string | null;
}) {
  const t = await getTranslations("admin.audit");
  const lines = auditDiff(before, after);
  return (
    <Box component="details" sx={{ "& summary": { cursor: "pointer", color: "primary.main", typography: "body2" } }}>
      <summary>{t("changes")}</summary>
      <Typography
        variant="body2"
        color="text.secondary"
        sx={{ display: { md: "none" }, overflowWrap: "anywhere", mt: 1 }}
      >
        {entity} · {t("columns.ip")}: {ip ?? "—"}
      </Typography>
      {lines.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t("noDetail")}
        </Typography>
      ) : (
        <Box
          component="dl"
          sx={{
            display: "grid",
            gridTemplateColumns: { xs: "1fr", sm: "minmax(8rem, max-content) 1fr" },
            columnGap: 2,
            rowGap: 0.5,
            mt: 1,
            mb: 0,
            fontSize: "0.875rem",
            "& dd": { m: 0, overflowWrap: "anywhere", fontFamily: "monospace" },
            "& dt": { fontWeight: 600, overflowWrap: "anywhere" },
          }}
        >
          {lines.map((line) => (
            <Box key={line.field || "value"} sx={{ display: "contents" }}>
              <dt>{line.field || t("field")}</dt>
              <dd>
                {line.changed ? (
                  <>
                    {line.before !== null && (
                      <Box component="del" sx={{ color: "error.main", mr: 1 }} aria-label={t("columns.before")}>
                        {line.before}
                      </Box>
                    )}
                    <Box
                      component="ins"
                      sx={{ color: "success.main", textDecoration: "none" }}
                      aria-label={t("columns.after")}
                    >
                      {line.after ?? "—"}
                    </Box>
                  </>
                ) : (
                  <>
                    {line.after ?? "—"}{" "}
                    <Typography component="span" variant="caption" color="text.secondary">
                      ({t("unchanged")})
                    </Typography>
                  </>
                )}
              </dd>
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
}
