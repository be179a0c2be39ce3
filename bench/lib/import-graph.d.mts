export interface BundleFile {
  path: string;
  /** Relative to dist/. */
  name: string;
  bytes: number;
}
export const VERIFY_MARKERS: { name: string; pattern: RegExp }[];
export function importsOf(file: string): { static: string[]; dynamic: string[] };
export function staticClosure(entry: string): string[];
export function verifyMarkersIn(file: string): string[];
export function bundleFiles(dist: string): BundleFile[];
