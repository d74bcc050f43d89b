/**
 * Page text that the background keeps (tab state), shows back (the hint's quote) or hands out for copying (the
 * diagnostic) carries identifier-shaped runs masked: an error may quote the ID number or credit code the user typed.
 * Masked after diagnosis, so rules still see the page's own words.
 */
import { maskIdentifiers } from '../core/mask';
import type { Finding } from '../core/diagnose/types';

export function maskFindings(findings: readonly Finding[]): Finding[] {
  return findings.map((finding) => ({ ...finding, message: maskIdentifiers(finding.message) }));
}
