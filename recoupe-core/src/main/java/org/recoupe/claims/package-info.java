/**
 * Structured claims: for each factual sentence of an article, who did what, to whom, when, where,
 * how many, why and how, and who says so ({@link org.recoupe.claims.Claim}). {@link
 * org.recoupe.claims.ClaimExtraction} is the per-article stage; {@link
 * org.recoupe.claims.ClaimAlignment} and {@link org.recoupe.claims.Disputes} are plain functions over
 * the claims of several articles. Everything here reads tokens, entity mentions, time expressions
 * and quotations with rules (no parser); French first, English second.
 */
package org.recoupe.claims;
