"use client";
import Alert from "@mui/material/Alert";
import Snackbar from "@mui/material/Snackbar";
import { createContext, useContext, useState, type ReactNode } from "react";

const FlashContext = createContext<(message: string) => void>(() => undefined);

/**
 * A confirmation that outlives the component that asked for it: signing, say, removes the signing
 * form once the page refreshes, and its own message would go with it.
 */
export function FlashProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<string>();
  return (
    <FlashContext.Provider value={setMessage}>
      {children}
      <Snackbar
        open={Boolean(message)}
        autoHideDuration={10_000}
        onClose={(_, reason) => reason !== "clickaway" && setMessage(undefined)}
        anchorOrigin={{ vertical: "bottom", horizontal: "center" }}
      >
        <Alert severity="success" variant="filled" onClose={() => setMessage(undefined)}>
          {message}
        </Alert>
      </Snackbar>
    </FlashContext.Provider>
  );
}

export const useFlash = () => useContext(FlashContext);
