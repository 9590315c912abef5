/** The default annotation labels and their highlight colours (labels are data: more can come). */
export const ANNOTATION_LABELS = [
  { name: "Risk", colour: "#ef4444" },
  { name: "Figure", colour: "#14b8a6" },
  { name: "Question", colour: "#f59e0b" },
  { name: "Note", colour: "#3b82f6" },
] as const;

export type AnnotationLabel = (typeof ANNOTATION_LABELS)[number]["name"];
export const ANNOTATION_LABEL_NAMES = ANNOTATION_LABELS.map((label) => label.name) as [
  AnnotationLabel,
  ...AnnotationLabel[],
];

/** The colour of a label (a neutral grey for one this build does not know). */
export function labelColour(name: string): string {
  return ANNOTATION_LABELS.find((label) => label.name === name)?.colour ?? "#78716c";
}
