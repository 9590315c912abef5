export type { ReaderAnnotation, ReaderComment } from "@/lib/annotations/reader-annotation";
