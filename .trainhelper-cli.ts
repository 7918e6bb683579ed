import { Command } from "commander";
import { trainCommand } from "./src/cli/train.ts";
import { searchCommand } from "./src/cli/search.ts";
import { scheduleCommand } from "./src/cli/schedule.ts";
import { CliError } from "./src/cli/load.ts";
const cli = new Command("gradfuse").exitOverride();
cli.addCommand(trainCommand()); cli.addCommand(searchCommand()); cli.addCommand(scheduleCommand());
cli.parseAsync(process.argv).catch((e) => { process.stderr.write(`gradfuse: ${e.message}\n`); process.exit(1); });
