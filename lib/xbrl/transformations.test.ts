import { describe, expect, it } from "vitest";
import { transformFactText } from "./transformations";

const value = (format: string | undefined, text: string, numeric = true) => {
  const result = transformFactText(format, text, numeric);
  return result.ok ? result.value : `error: ${result.reason}`;
};

describe("transformFactText", () => {
  it("reads numbers with a decimal point or a decimal comma, whatever the grouping", () => {
    expect(value("ixt:num-dot-decimal", "1,234,567.89")).toBe("1234567.89");
    expect(value("ixt:num-dot-decimal", "287,180,927,160")).toBe("287180927160");
    expect(value("ixt:num-dot-decimal", "1 234 567")).toBe("1234567");
    expect(value("ixt:numdotdecimal", "12.03")).toBe("12.03");
    expect(value("ixt:num-comma-decimal", "1.234.567,89")).toBe("1234567.89");
    expect(value("ixt4:num-comma-decimal", "0,5")).toBe("0.5");
    expect(value("ixt:numcommadecimal", "12 345,6")).toBe("12345.6");
    expect(value("ixt:num-dot-decimal", "12.3.4")).toMatch(/^error/);
    expect(value("ixt:num-dot-decimal", "(1,234)")).toMatch(/^error/);
  });

  it("reads a dash or any text as zero under fixed-zero and zerodash", () => {
    expect(value("ixt:fixed-zero", "—")).toBe("0");
    expect(value("ixt:fixed-zero", "-")).toBe("0");
    expect(value("ixt:zerodash", "–")).toBe("0");
  });

  it("reads booleans, and a ballot box as checked or not", () => {
    expect(value("ixt:fixed-true", "Yes", false)).toBe("true");
    expect(value("ixt:fixed-false", "anything", false)).toBe("false");
    expect(value("ixt:booleanfalse", "No", false)).toBe("false");
    expect(value("ixt-sec:boolballotbox", "☒", false)).toBe("true");
    expect(value("ixt-sec:boolballotbox", "☐", false)).toBe("false");
  });

  it("reads numbers in words (SEC)", () => {
    expect(value("ixt-sec:numwordsen", "no")).toBe("0");
    expect(value("ixt-sec:numwordsen", "none")).toBe("0");
    expect(value("ixt-sec:numwordsen", "three")).toBe("3");
    expect(value("ixt-sec:numwordsen", "twenty-five")).toBe("25");
    expect(value("ixt-sec:numwordsen", "one hundred and two")).toBe("102");
    expect(value("ixt-sec:numwordsen", "three thousand")).toBe("3000");
    expect(value("ixt-sec:numwordsen", "several")).toMatch(/^error/);
  });

  it("reads durations (SEC): a number of years, months or days, or words", () => {
    expect(value("ixt-sec:duryear", "3", false)).toBe("P3Y");
    expect(value("ixt-sec:durmonth", "18", false)).toBe("P18M");
    expect(value("ixt-sec:durday", "1,097", false)).toBe("P1097D");
    expect(value("ixt-sec:durwordsen", "five-year", false)).toBe("P5Y");
    expect(value("ixt-sec:durwordsen", "two years and six months", false)).toBe("P2Y6M");
    expect(value("ixt-sec:durwordsen", "soon", false)).toMatch(/^error/);
  });

  it("reads dates with month names or numbers, in the orders the registry names", () => {
    expect(value("ixt:date-monthname-day-year-en", "January 26, 2025", false)).toBe("2025-01-26");
    expect(value("ixt:datemonthdayyearen", "Sept. 3, 2024", false)).toBe("2024-09-03");
    expect(value("ixt:date-day-monthname-year-en", "26 January 2025", false)).toBe("2025-01-26");
    expect(value("ixt:date-month-day-year", "10/30/2024", false)).toBe("2024-10-30");
    expect(value("ixt:date-day-month-year", "30.10.24", false)).toBe("2024-10-30");
    expect(value("ixt:date-year-month-day", "2024-10-30", false)).toBe("2024-10-30");
    expect(value("ixt:date-monthname-day-en", "December 31", false)).toBe("--12-31");
    // A fiscal year's end on a 10-Q cover (dei:CurrentFiscalYearEndDate).
    expect(value("ixt:date-month-day", "1/28", false)).toBe("--01-28");
    expect(value("ixt:date-day-month", "28.01", false)).toBe("--01-28");
    expect(value("ixt:date-monthname-day-year-en", "February 30, 2024", false)).toMatch(/^error/);
  });

  it("takes a plain number without a format, and refuses other text as a number", () => {
    expect(value(undefined, "44553")).toBe("44553");
    expect(value(undefined, "-0.5")).toBe("-0.5");
    expect(value(undefined, "about 5")).toMatch(/^error/);
    expect(value(undefined, "Delaware", false)).toBe("Delaware");
  });

  it("says which format it does not know", () => {
    expect(value("ixt:num-unit-decimal", "5 dollars")).toBe("error: unknown format ixt:num-unit-decimal");
  });
});
