// src/core must stay pure: no Office, DOM, Node, React or file-format libraries.
// tsconfig.core.json checks types; this test also catches `any`-typed globals and
// imports that the type checker would accept.
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";

const CORE = join(__dirname, "..", "..", "src", "core");

const FORBIDDEN_MODULE =
  /^(office(-.*)?|@microsoft\/office-js|react|react-dom(\/.*)?|react\/.*|fs|fs\/promises|path|os|child_process|crypto|url|util|stream|buffer|node:.*|exceljs|docx|@fluentui\/.*)$/;
const FORBIDDEN_GLOBAL =
  /(?<![.\w$])(document|window|Office|Excel|navigator|localStorage)\b(?!\s*\??:)/;

/** Remove comments and the contents of string literals (keeping the quotes of imports). */
function stripCode(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, " ")
    .replace(/(^|[^:\\])\/\/.*$/gm, "$1")
    .replace(/`(?:\\[\s\S]|[^`\\])*`/g, "``")
    .replace(/"(?:\\.|[^"\\\n])*"/g, '""')
    .replace(/'(?:\\.|[^'\\\n])*'/g, "''");
}

export function violations(source: string): string[] {
  const found: string[] = [];
  const importRe = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"']+)["']/g;
  for (const m of source.matchAll(importRe)) {
    if (FORBIDDEN_MODULE.test(m[1])) found.push(`import "${m[1]}"`);
  }
  const code = stripCode(source);
  code.split("\n").forEach((line, i) => {
    const g = FORBIDDEN_GLOBAL.exec(line);
    if (g) found.push(`line ${i + 1}: global ${g[1]}`);
  });
  return found;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return listFiles(full);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(name) ? [full] : [];
  });
}

describe("src/core imports nothing from Office, the DOM or Node", () => {
  const files = listFiles(CORE);

  it("finds the core sources", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [relative(CORE, f), f]))("%s is pure", (_name, file) => {
    expect(violations(readFileSync(file, "utf8"))).toEqual([]);
  });
});

describe("the scanner itself", () => {
  it.each([
    ['import { readFileSync } from "fs";', 'import "fs"'],
    ['import * as path from "node:path";', 'import "node:path"'],
    ['import ExcelJS from "exceljs";', 'import "exceljs"'],
    ['import { Document } from "docx";', 'import "docx"'],
    ['import React from "react";', 'import "react"'],
    ['import { createRoot } from "react-dom/client";', 'import "react-dom/client"'],
    ['const x = require("path");', 'import "path"'],
    ['const m = await import("os");', 'import "os"'],
    ["const el = document.createElement('div');", "line 1: global document"],
    ["window.alert(1);", "line 1: global window"],
    ["await Excel.run(async () => {});", "line 1: global Excel"],
    ["Office.onReady();", "line 1: global Office"],
  ])("flags %p", (source, expected) => {
    expect(violations(source)).toContain(expected);
  });

  it.each([
    ['import { parseAngka } from "../angka/parse";'],
    ["// Excel serials use the 1900 system"],
    ["/* document the rule */ const a = 1;"],
    ['const s = "Excel and window in a string";'],
    ["const o = { document: 1 };"],
    ["x.window = 2;"],
    ["type T = { Excel?: string };"],
  ])("accepts %p", (source) => {
    expect(violations(source)).toEqual([]);
  });
});
