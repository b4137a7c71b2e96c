import { createCompileService } from '../compile/createCompileService.ts';
import { loadConfig, type Config } from '../config.ts';
import { AsybotError, ConfigError } from '../errors.ts';
import { createGenerator } from '../generation/createGenerator.ts';
import { GeneratorError, type Generator } from '../generation/types.ts';
import { openDatabase, type Database } from '../storage/index.ts';
import { createAsybotService } from './createAsybotService.ts';
import { createEvaluationHarness } from './createEvaluationHarness.ts';
import type { ServiceConfig } from './readServiceConfig.ts';
import { createStderrLog, type ServiceLog } from './serviceContext.ts';
import type { AsybotService, ChatPlatform } from './types.ts';

/**
 * How every front end (Discord, Slack, console) gets its service: config from env, the configured generator,
 * the compile pool, the SQLite file at config.dbPath, the evaluation harness. close() releases all of them.
 */

export interface OpenAsybotServiceOptions {
  env?: Record<string, string | undefined>;
  config?: Config;
  serviceConfig?: ServiceConfig;
  /** The platform this process serves: only its unfinished requests are marked INTERRUPTED at start-up. */
  platform?: ChatPlatform;
  log?: ServiceLog;
}

export async function openAsybotService(options: OpenAsybotServiceOptions = {}): Promise<AsybotService> {
  const env = options.env ?? process.env;
  const config = options.config ?? loadConfig(env);
  const serviceConfig = options.serviceConfig ?? config.service;
  const log = options.log ?? createStderrLog(env);
  const generator = await openGenerator(config, log);
  let db: Database | undefined;
  try {
    const compiler = createCompileService(config.compile);
    db = openDatabase(config.dbPath);
    const opened = db;
    return createAsybotService({
      db: opened,
      generator,
      compiler,
      config: serviceConfig,
      evaluation: createEvaluationHarness({ dataDir: config.dataDir, corpusDir: config.generation.corpusDir, maxAttempts: serviceConfig.maxAttempts }),
      recoverPlatforms: options.platform ? [options.platform] : undefined,
      log,
      onClose: async () => {
        try {
          await generator.close?.();
        } finally {
          opened.close();
        }
      },
    });
  } catch (error) {
    db?.close();
    await generator.close?.();
    throw error;
  }
}

/**
 * The configured generator. When it cannot be loaded for a reason other than bad configuration (its backend is
 * not built yet, no corpus or model files on this machine) the bot still starts: /render, votes and admin commands
 * work, /status shows the model as 'unavailable', and /diagram answers why. Configuration errors and bugs stop
 * start-up.
 */
async function openGenerator(config: Config, log: ServiceLog): Promise<Generator> {
  try {
    return await createGenerator(config.generation);
  } catch (error) {
    const degradable = error instanceof AsybotError && (!(error instanceof ConfigError) || error.code === 'GENERATOR_UNAVAILABLE');
    if (!degradable) throw error;
    log('warn', `starting without a model (${error.code}): ${error.message}`);
    return createUnavailableGenerator(error.message);
  }
}

function createUnavailableGenerator(reason: string): Generator {
  return {
    modelId: 'unavailable',
    generate: () => Promise.reject(new GeneratorError('GENERATOR_UNAVAILABLE', `no model is available: ${reason}`)),
  };
}
