"use client";
import Add from "@mui/icons-material/Add";
import Delete from "@mui/icons-material/Delete";
import Button from "@mui/material/Button";
import IconButton from "@mui/material/IconButton";
import Stack from "@mui/material/Stack";
import Tab from "@mui/material/Tab";
import Tabs from "@mui/material/Tabs";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { saveTemplate } from "@/app/(app)/agreements/actions";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { useAction } from "@/components/ui/use-action";
import {
  AGREEMENT_LANGUAGES,
  ARTICLE_BODY_MAX,
  ARTICLES_MAX,
  type AgreementLanguage,
  type TemplateArticle,
} from "@/lib/agreements/schemas";

/** The articles of the university's (or a department's) agreements, in French and English: edit, add, remove. */
export function AgreementTemplateEditor({
  universityId,
  departmentId,
  initial,
}: {
  universityId: string;
  /** A department's articles (saving gives it its own); the university's when left out. */
  departmentId?: string;
  initial: Record<AgreementLanguage, TemplateArticle[]>;
}) {
  const t = useTranslations("agreements.template");
  const [language, setLanguage] = useState<AgreementLanguage>("fr");
  const [articles, setArticles] = useState(initial);
  const { execute, pending, outcome } = useAction(saveTemplate, { success: t("saved") });
  const list = articles[language];
  const change = (index: number, patch: Partial<TemplateArticle>) =>
    setArticles((all) => ({ ...all, [language]: all[language].map((a, i) => (i === index ? { ...a, ...patch } : a)) }));
  return (
    <Stack
      component="form"
      spacing={2}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void execute({ universityId, departmentId, ...articles });
      }}
    >
      <ActionOutcome outcome={outcome} />
      <Tabs value={language} onChange={(_, value: AgreementLanguage) => setLanguage(value)} aria-label={t("languages")}>
        {AGREEMENT_LANGUAGES.map((lang) => (
          <Tab key={lang} value={lang} label={t(`language.${lang}`)} />
        ))}
      </Tabs>
      <Stack component="ol" spacing={2} sx={{ pl: 0, m: 0, listStyle: "none" }}>
        {list.map((article, index) => (
          <Stack key={`${language}-${index}`} component="li" spacing={1}>
            <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
              <Typography sx={{ minWidth: "5rem" }}>{t("article", { n: index + 1 })}</Typography>
              <TextField
                label={t("articleTitle", { n: index + 1 })}
                value={article.title}
                onChange={(e) => change(index, { title: e.target.value })}
                size="small"
                fullWidth
                slotProps={{ htmlInput: { maxLength: 200 } }}
              />
              <IconButton
                aria-label={t("remove", { n: index + 1 })}
                onClick={() =>
                  setArticles((all) => ({ ...all, [language]: all[language].filter((_, i) => i !== index) }))
                }
                disabled={list.length <= 1}
              >
                <Delete />
              </IconButton>
            </Stack>
            <TextField
              label={t("articleBody", { n: index + 1 })}
              value={article.body}
              onChange={(e) => change(index, { body: e.target.value })}
              multiline
              minRows={2}
              fullWidth
              slotProps={{ htmlInput: { maxLength: ARTICLE_BODY_MAX } }}
            />
          </Stack>
        ))}
      </Stack>
      <Stack direction="row" spacing={2}>
        <Button
          startIcon={<Add />}
          disabled={list.length >= ARTICLES_MAX}
          onClick={() => setArticles((all) => ({ ...all, [language]: [...all[language], { title: "", body: "" }] }))}
        >
          {t("add")}
        </Button>
        <Button type="submit" variant="contained" disabled={pending}>
          {t("save")}
        </Button>
      </Stack>
    </Stack>
  );
}
