/** Styles for text only screen readers read (a state said by an icon on screen). */
export const visuallyHidden = {
  position: "absolute",
  // In px: in `sx`, MUI reads a bare 1 as 100% (a box as wide as its container, which can make the page scroll sideways).
  width: "1px",
  height: "1px",
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
} as const;
