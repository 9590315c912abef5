/**
 * Test-only (reads files with node:fs): runs the W3C Web Annotation test suite's assertion lists
 * (`.test` files of JSON Schema draft-04 assertions, copied into ../fixtures) over a JSON value,
 * following the suite's JSONtest harness (annotation-model/scripts/JSONtest.js and
 * CONTRIBUTING.md in web-platform-tests):
 *
 * - An assertion list holds file references (with a slash: from the suite's root; without:
 *   beside the `.test` file), inline assertion objects, `{ assertionFile, ...overrides }`
 *   objects, nested lists, and condition objects (`assertions` + `compareWith` "and" | "or").
 * - An assertion passes when validating gives its `expectedResult` ("valid" by default).
 * - An unexpected result is a failure, unless `onUnexpectedResult` is one of the `passAnd...`
 *   values (the suite uses them for optional features: not implementing one is no failure).
 *   Its `...AndSkip` / `...AndAbort` suffix skips the rest of the current list / everything.
 * - `assertionType` ("must" by default, "should", "may") is the failure's severity.
 * - The shared `definitions/*.json` schemas are registered by their ids, which is how the
 *   assertions' `$ref`s ("annotations.json#/definitions/...") find them.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv, { type ValidateFunction } from "ajv-draft-04";

const W3C_SUITE_DIR = fileURLToPath(new URL("../fixtures/w3c-web-annotation-tests/", import.meta.url));

type AssertionType = "must" | "should" | "may";
type Expected = "valid" | "invalid";
type Action = "continue" | "skip" | "abort";

export interface AssertionObject {
  [key: string]: unknown;
  title?: string;
  assertionType?: AssertionType;
  expectedResult?: Expected;
  onUnexpectedResult?: string;
  errorMessage?: string;
  assertionFile?: string;
  assertions?: AssertionEntry[];
  compareWith?: "and" | "or";
}
export type AssertionEntry = string | AssertionEntry[] | AssertionObject;

export interface AssertionOutcome {
  /** The assertion file (from the suite's root), or "inline". */
  source: string;
  title: string;
  assertionType: AssertionType;
  expectedResult: Expected;
  status: "pass" | "fail" | "skipped";
  /** An unexpected result that `onUnexpectedResult: passAnd...` turned into a pass. */
  tolerated: boolean;
  /** True for the members of a condition object: only the condition's own outcome counts. */
  inCondition: boolean;
  /** The assertion's errorMessage and the validator's errors, when the result was unexpected. */
  message?: string;
}

export interface SuiteRun {
  outcomes: AssertionOutcome[];
  /** Counted outcomes that failed, whatever their severity. */
  failures: AssertionOutcome[];
}

/** Which assertion entries matter for a .test file: the files it names, in order. */
export function assertionFilesOf(entries: readonly AssertionEntry[]): string[] {
  const files: string[] = [];
  for (const entry of entries) {
    if (typeof entry === "string") files.push(entry);
    else if (Array.isArray(entry)) files.push(...assertionFilesOf(entry));
    else {
      if (typeof entry.assertionFile === "string") files.push(entry.assertionFile);
      if (Array.isArray(entry.assertions)) files.push(...assertionFilesOf(entry.assertions));
    }
  }
  return files;
}

export class W3cSuite {
  readonly dir: string;
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(dir: string = W3C_SUITE_DIR) {
    this.dir = dir;
    this.ajv = new Ajv({ strict: false, allErrors: true });
    // Ajv 8 ships no formats; the suite's harness ran an Ajv that checked these two.
    this.ajv.addFormat("uri", /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
    this.ajv.addFormat("date-time", isDateTime);
    const definitionsDir = path.join(dir, "definitions");
    for (const name of fs
      .readdirSync(definitionsDir)
      .filter((file) => file.endsWith(".json"))
      .sort()) {
      this.ajv.addSchema(this.readJson(path.join("definitions", name)) as object);
    }
  }

  /** The assertion list of a `.test` file (path from the suite's root). */
  assertionsOf(testFile: string): AssertionEntry[] {
    const test = this.readJson(testFile) as { assertions?: unknown };
    if (!Array.isArray(test.assertions) || test.assertions.length === 0) {
      throw new Error(`${testFile} has no assertion list`);
    }
    return test.assertions as AssertionEntry[];
  }

  /** Runs every assertion of a `.test` file over `content`. */
  run(testFile: string, content: unknown): SuiteRun {
    return this.runAssertions(this.assertionsOf(testFile), content, path.posix.dirname(testFile));
  }

  /** Runs an assertion list over `content`; `testDir` is where a `.test` file holding it would be. */
  runAssertions(entries: readonly AssertionEntry[], content: unknown, testDir = "annotations"): SuiteRun {
    const outcomes: AssertionOutcome[] = [];
    this.runList(entries, content, testDir, "continue", false, outcomes);
    return { outcomes, failures: outcomes.filter((o) => o.status === "fail" && !o.inCondition) };
  }

  /** A validator for a registered definition, e.g. "collections.json#/definitions/totalFound". */
  definition(ref: string): ValidateFunction {
    const validate = this.ajv.getSchema(ref);
    if (!validate) throw new Error(`No such definition: ${ref}`);
    return validate;
  }

  private runList(
    entries: readonly AssertionEntry[],
    content: unknown,
    testDir: string,
    inherited: Action,
    inCondition: boolean,
    outcomes: AssertionOutcome[],
  ): { action: Action; results: boolean[] } {
    let action = inherited;
    const results: boolean[] = [];
    for (const entry of entries) {
      if (Array.isArray(entry)) {
        // A nested list gets its own skip scope; only an abort reaches back out.
        const nested = this.runList(entry, content, testDir, action, inCondition, outcomes);
        if (nested.action === "abort") action = "abort";
        results.push(...nested.results);
        continue;
      }
      const assertion = this.resolve(entry, testDir);
      const source = typeof entry === "string" ? entry : (assertion.assertionFile ?? "inline");
      const expected: Expected = assertion.expectedResult ?? "valid";
      const base = {
        source,
        title: assertion.title ?? source,
        assertionType: assertion.assertionType ?? "must",
        expectedResult: expected,
        inCondition,
      };
      if (action !== "continue") {
        outcomes.push({ ...base, status: "skipped", tolerated: false });
        continue;
      }

      let valid: boolean;
      let errors = "";
      if (Array.isArray(assertion.assertions)) {
        // A condition object: its members' results, combined, are its validation result.
        const members = this.runList(assertion.assertions, content, testDir, "continue", true, outcomes);
        valid =
          assertion.compareWith === "or" ? members.results.some(Boolean) : members.results.every(Boolean);
      } else {
        const validate = this.compile(assertion, typeof entry === "string" ? entry : undefined);
        valid = validate(content) as boolean;
        errors = validate.errors ? this.ajv.errorsText(validate.errors) : "";
      }

      const asExpected = valid === (expected === "valid");
      results.push(asExpected);
      const onUnexpected = assertion.onUnexpectedResult ?? "failAndContinue";
      if (asExpected) {
        outcomes.push({ ...base, status: "pass", tolerated: false });
        continue;
      }
      const tolerated = onUnexpected.startsWith("pass");
      outcomes.push({
        ...base,
        status: tolerated ? "pass" : "fail",
        tolerated,
        message: [assertion.errorMessage ?? `Result was not ${expected}`, errors].filter(Boolean).join(" — "),
      });
      if (onUnexpected.endsWith("AndSkip")) action = "skip";
      else if (onUnexpected.endsWith("AndAbort")) action = "abort";
    }
    return { action, results };
  }

  /** The assertion an entry stands for, with `assertionFile` loaded and overridden. */
  private resolve(entry: string | AssertionObject, testDir: string): AssertionObject {
    if (typeof entry === "string") {
      return { ...(this.readJson(this.suitePath(entry, testDir)) as AssertionObject), assertionFile: entry };
    }
    if (typeof entry.assertionFile === "string") {
      const external = this.readJson(this.suitePath(entry.assertionFile, testDir)) as AssertionObject;
      return { ...external, ...entry };
    }
    return entry;
  }

  private compile(assertion: AssertionObject, cacheKey: string | undefined): ValidateFunction {
    const cached = cacheKey === undefined ? undefined : this.compiled.get(cacheKey);
    if (cached) return cached;
    // Two assertion files in the suite share an id, and nothing refers to an assertion by id:
    // compiling without it keeps Ajv from rejecting the second as a duplicate.
    const schema: Record<string, unknown> = { ...assertion };
    delete schema.id;
    delete schema.assertionFile;
    const validate = this.ajv.compile(schema);
    if (cacheKey !== undefined) this.compiled.set(cacheKey, validate);
    return validate;
  }

  /** With a slash: from the suite's root; without: beside the .test file (CONTRIBUTING.md). */
  private suitePath(reference: string, testDir: string): string {
    return reference.includes("/") ? reference : path.posix.join(testDir, reference);
  }

  private readJson(relative: string): unknown {
    const file = path.resolve(this.dir, relative);
    if (!file.startsWith(path.resolve(this.dir) + path.sep))
      throw new Error(`Outside the suite: ${relative}`);
    return JSON.parse(fs.readFileSync(file, "utf8"));
  }
}

/** RFC 3339 date-time (what JSON Schema's "date-time" means), with a real calendar date. */
function isDateTime(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.exec(
    value,
  );
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 61
  );
}
