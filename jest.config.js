/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "CommonJS", moduleResolution: "Node10", jsx: "react-jsx" } },
    ],
  },
  // Browser, LibreOffice and CLI tests start real processes.
  testTimeout: 120000,
};
