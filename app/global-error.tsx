"use client";

/** Last resort when the root layout itself fails: no theme or translations are available. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: 32, textAlign: "center" }}>
        <h1>Un problème est survenu / Something went wrong</h1>
        <p>Référence / reference: {error.digest ?? "—"}</p>
        <button onClick={reset}>Réessayer / Try again</button>{" "}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the root layout failed: a full page load is the way out */}
        <a href="/">Accueil / Home</a>
      </body>
    </html>
  );
}
