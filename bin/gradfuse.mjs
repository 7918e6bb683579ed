#!/usr/bin/env node
// The gradfuse command. The compiler and users' graph files are TypeScript: tsx loads them.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv);
