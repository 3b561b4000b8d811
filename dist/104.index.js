export const id = 104;
export const ids = [104];
export const modules = {

/***/ 47723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NVIDIA_DRIVER_CAPABILITIES: () => (/* binding */ NVIDIA_DRIVER_CAPABILITIES),
/* harmony export */   detectGpus: () => (/* binding */ detectGpus),
/* harmony export */   dockerGpuOptions: () => (/* binding */ dockerGpuOptions)
/* harmony export */ });
/* unused harmony exports NVIDIA_SMI, QUERY_FIELDS, queryArgs, parseGpuQuery, parseCudaVersion, parseDriverVersion, failureText, summarizeNames */
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);

const NVIDIA_SMI = 'nvidia-smi';
/** The fields queried, in order; `compute_cap` needs driver 510 or newer, so an older driver is asked without it. */
const QUERY_FIELDS = ['index', 'name', 'uuid', 'memory.total', 'driver_version', 'compute_cap'];
const LEGACY_FIELDS = QUERY_FIELDS.slice(0, -1);
/** The argument list of the query (CSV, no header, no units: memory in MiB). */
function queryArgs(fields = QUERY_FIELDS) {
    return [NVIDIA_SMI, `--query-gpu=${fields.join(',')}`, '--format=csv,noheader,nounits'];
}
/** The variables and flags a container needs to see the GPUs (`docker run` / `docker create` options). */
const NVIDIA_DRIVER_CAPABILITIES = 'compute,graphics,utility';
const missing = (value) => value === undefined || value === '' || /^\[?(N\/A|Not Supported|Unknown Error|Insufficient Permissions)\]?$/i.test(value);
/**
 * Parses the CSV of `nvidia-smi --query-gpu=index,name,uuid,memory.total,driver_version[,compute_cap]
 * --format=csv,noheader,nounits`. nvidia-smi does not quote its CSV, so the name (the only free-text field) is
 * whatever lies between the index and the fixed fields counted from the end of the line. Lines that do not parse
 * are skipped; `withComputeCap` says whether the last field is `compute_cap`.
 */
function parseGpuQuery(csv, withComputeCap = true) {
    const tailFields = withComputeCap ? 4 : 3;
    const gpus = [];
    for (const raw of csv.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line)
            continue;
        const parts = line.split(',').map((p) => p.trim());
        if (parts.length < 2 + tailFields)
            continue;
        const index = Number(parts[0]);
        if (!/^\d+$/.test(parts[0] ?? '') || !Number.isSafeInteger(index))
            continue;
        const tail = parts.slice(parts.length - tailFields);
        const name = parts.slice(1, parts.length - tailFields).join(', ');
        const [uuid, memory, driver, cap] = tail;
        const memoryMiB = missing(memory) ? 0 : Math.round(Number(memory));
        const gpu = {
            index,
            name: missing(name) ? 'unknown NVIDIA GPU' : name,
            memoryMiB: Number.isFinite(memoryMiB) ? memoryMiB : 0,
            driver: missing(driver) ? '' : (driver ?? ''),
        };
        if (!missing(uuid))
            gpu.uuid = uuid;
        if (withComputeCap && !missing(cap))
            gpu.computeCapability = cap;
        gpus.push(gpu);
    }
    return gpus;
}
/** The CUDA version the driver supports, from plain `nvidia-smi` (`CUDA Version: 12.2`) or `nvidia-smi -q`. */
function parseCudaVersion(text) {
    const match = /CUDA Version\s*:\s*(\d+(?:\.\d+)*)/.exec(text);
    return match?.[1];
}
/** The driver version from plain `nvidia-smi`'s header, when the query gave none. */
function parseDriverVersion(text) {
    const match = /Driver Version\s*:\s*(\d+(?:\.\d+)*)/.exec(text);
    return match?.[1];
}
/** nvidia-smi's own words for why it failed: the first non-empty line of its output. */
function failureText(result) {
    const line = `${result.stderr}\n${result.stdout}`
        .split(/\r?\n/)
        .map((l) => l.trim())
        .find((l) => l !== '');
    return line ?? `exit code ${result.exitCode}`;
}
const notAvailable = (reason) => ({ available: false, count: 0, gpus: [], reason });
/**
 * Asks nvidia-smi which GPUs this machine (or the job's container) has. Never throws for a missing or failing
 * nvidia-smi: the result is then `available: false` with the reason.
 */
async function detectGpus(exec) {
    try {
        const path = await exec.which(NVIDIA_SMI);
        if (!path)
            return notAvailable(`No NVIDIA driver: '${NVIDIA_SMI}' was not found on PATH (${exec.where}).`);
        let withCap = true;
        let result = await exec.run(queryArgs(), { silent: true, ignoreReturnCode: true });
        if (result.exitCode !== 0 && /compute_cap/i.test(`${result.stdout}\n${result.stderr}`)) {
            // A driver older than 510 does not know the field.
            withCap = false;
            result = await exec.run(queryArgs(LEGACY_FIELDS), { silent: true, ignoreReturnCode: true });
        }
        if (result.exitCode !== 0) {
            return notAvailable(`No usable NVIDIA GPU: nvidia-smi failed (exit code ${result.exitCode}): ${failureText(result)}`);
        }
        const gpus = parseGpuQuery(result.stdout, withCap);
        if (gpus.length === 0) {
            const said = result.stdout.trim() ? `: ${failureText(result)}` : '';
            return notAvailable(`No usable NVIDIA GPU: nvidia-smi listed no GPU${said}`);
        }
        const header = await exec.run([NVIDIA_SMI], { silent: true, ignoreReturnCode: true });
        const cuda = header.exitCode === 0 ? parseCudaVersion(header.stdout) : undefined;
        const driver = gpus.find((g) => g.driver)?.driver || (header.exitCode === 0 ? parseDriverVersion(header.stdout) : undefined);
        const names = summarizeNames(gpus);
        const detection = {
            available: true,
            count: gpus.length,
            gpus,
            reason: `Found ${gpus.length} NVIDIA GPU${gpus.length === 1 ? '' : 's'} (${names})${driver ? `, driver ${driver}` : ''}${cuda ? `, CUDA ${cuda}` : ''}.`,
        };
        if (driver)
            detection.driver = driver;
        if (cuda)
            detection.cuda = cuda;
        return detection;
    }
    catch (err) {
        const message = (0,_common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err);
        if (/was not found/.test(message))
            return notAvailable(`No NVIDIA driver: ${message}`);
        return notAvailable(`No usable NVIDIA GPU: running nvidia-smi failed: ${message}`);
    }
}
/** "2 × Tesla T4" style list of the GPU models. */
function summarizeNames(gpus) {
    const counts = new Map();
    for (const g of gpus)
        counts.set(g.name, (counts.get(g.name) ?? 0) + 1);
    return [...counts].map(([name, n]) => (n === 1 ? name : `${n} × ${name}`)).join(', ');
}
/** The `docker run` options that give a container the GPUs: none when there is no usable GPU. */
function dockerGpuOptions(d) {
    if (!d.available || d.count === 0)
        return [];
    return ['--gpus', 'all', '--env', `NVIDIA_DRIVER_CAPABILITIES=${NVIDIA_DRIVER_CAPABILITIES}`];
}


/***/ })

};
