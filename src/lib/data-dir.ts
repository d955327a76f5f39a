/** Where the ingest output is read from: src/data/generated, or REPORT_DATA_DIR (used to build a site from another folder). */
export const dataDir = (): string => process.env['REPORT_DATA_DIR'] ?? 'src/data/generated';
