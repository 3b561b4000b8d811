export const id = 217;
export const ids = [217];
export const modules = {

/***/ 83460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ identityToken)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);

/**
 * The workflow's OIDC token for an audience, fetched from the runner (ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN) through
 * @actions/http-client, so the same `https_proxy`/`HTTPS_PROXY`/`no_proxy` settings apply as for every other
 * request (the built-in fetch ignores them). Without `permissions: id-token: write` the runner gives no request URL:
 * that is an error that says so, thrown at once. The token stays in memory (never on disk).
 */
function identityToken(env, use) {
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !bearer) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${use.purpose} needs the workflow's OIDC token, and this job has none: add 'permissions: id-token: write' ${use.alternative ?? 'to the job'}.`);
    }
    return async () => {
        const target = new URL(url);
        target.searchParams.set('audience', use.audience);
        const { HttpClient } = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(942)]).then(__webpack_require__.bind(__webpack_require__, 44942));
        const client = new HttpClient('aswf-ci-actions');
        let status;
        let body;
        try {
            const res = await client.get(target.href, { authorization: `Bearer ${bearer}`, accept: 'application/json' });
            status = res.message.statusCode ?? 0;
            body = await res.readBody();
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Getting the OIDC token for ${use.recipient} from ${target.host} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}.`);
        }
        finally {
            client.dispose();
        }
        if (status < 200 || status >= 300)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Getting the OIDC token for ${use.recipient} failed: HTTP ${status}. Does the job have 'permissions: id-token: write'?`);
        let value;
        try {
            value = JSON.parse(body).value;
        }
        catch {
            value = undefined;
        }
        if (typeof value !== 'string' || !value)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The runner returned no OIDC token for ${use.recipient}.`);
        return value;
    };
}


/***/ }),

/***/ 68008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _d: () => (/* binding */ LIVE_STATES),
/* harmony export */   findTagged: () => (/* binding */ findTagged),
/* harmony export */   gp: () => (/* binding */ TAGS),
/* harmony export */   launch: () => (/* binding */ launch),
/* harmony export */   sH: () => (/* binding */ RUNNER_PREFIX),
/* harmony export */   terminate: () => (/* binding */ terminate),
/* harmony export */   userDataScript: () => (/* binding */ userDataScript)
/* harmony export */ });
/**
 * The EC2 side of the gpu action, through the AWS SDK v3 (loaded only here, and only on the start/stop/reap paths).
 * Every instance it starts carries these tags, set in the same RunInstances call, so that stop and reap find it
 * even when the start job was cancelled before it could say what it started.
 */
const TAGS = {
    /** Marks an instance as started by this action (value `true`). */
    marker: 'aswf-ci-actions:gpu',
    repository: 'aswf-ci-actions:repository',
    runId: 'aswf-ci-actions:run-id',
    runAttempt: 'aswf-ci-actions:run-attempt',
    job: 'aswf-ci-actions:job',
    runner: 'aswf-ci-actions:runner-name',
    /** ISO 8601 time after which the instance is past its max-minutes and the reaper terminates it. */
    expiresAt: 'aswf-ci-actions:expires-at',
};
/** The runner names this action gives; `stop` and `reap` delete only runners whose names start with it. */
const RUNNER_PREFIX = 'aswf-gpu-';
/** The states of an instance that still costs money or may start again. */
const LIVE_STATES = ['pending', 'running', 'stopping', 'stopped'];
function toInstance(i) {
    const tags = {};
    for (const t of i.Tags ?? [])
        if (t.Key !== undefined)
            tags[t.Key] = t.Value ?? '';
    const out = { id: i.InstanceId ?? '', state: i.State?.Name ?? 'unknown', tags };
    if (i.InstanceType)
        out.type = i.InstanceType;
    if (i.LaunchTime)
        out.launchTime = new Date(i.LaunchTime);
    return out;
}
/**
 * Starts one instance: tagged (instance and volumes) in the same call, `InstanceInitiatedShutdownBehavior=terminate`
 * so that the shutdown timer in its user data ends it for good, IMDSv2 only.
 */
async function launch(ec2, spec) {
    const { RunInstancesCommand } = await Promise.all(/* import() */[__webpack_require__.e(956), __webpack_require__.e(193)]).then(__webpack_require__.t.bind(__webpack_require__, 35193, 19));
    const Tags = Object.entries(spec.tags).map(([Key, Value]) => ({ Key, Value }));
    const out = await ec2.send(new RunInstancesCommand({
        ImageId: spec.imageId,
        InstanceType: spec.instanceType,
        MinCount: 1,
        MaxCount: 1,
        ...(spec.subnetId ? { SubnetId: spec.subnetId } : {}),
        ...(spec.securityGroupIds?.length ? { SecurityGroupIds: spec.securityGroupIds } : {}),
        ...(spec.iamInstanceProfile ? { IamInstanceProfile: spec.iamInstanceProfile.startsWith('arn:') ? { Arn: spec.iamInstanceProfile } : { Name: spec.iamInstanceProfile } } : {}),
        UserData: Buffer.from(spec.userData, 'utf8').toString('base64'),
        InstanceInitiatedShutdownBehavior: 'terminate',
        // IMDSv2 only, one hop: containers of the job (a bridge network is a second hop) cannot read the user data.
        MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 1 },
        TagSpecifications: [
            { ResourceType: 'instance', Tags },
            { ResourceType: 'volume', Tags },
        ],
        ClientToken: spec.clientToken,
    }));
    const started = out.Instances?.[0];
    if (!started?.InstanceId)
        throw new Error('RunInstances answered without an instance');
    return toInstance(started);
}
/** The instances this action tagged, matching `tags` exactly, in the given states (every page). */
async function findTagged(ec2, tags, states = LIVE_STATES) {
    const { DescribeInstancesCommand } = await Promise.all(/* import() */[__webpack_require__.e(956), __webpack_require__.e(193)]).then(__webpack_require__.t.bind(__webpack_require__, 35193, 19));
    const Filters = [
        { Name: `tag:${TAGS.marker}`, Values: ['true'] },
        ...Object.entries(tags).map(([k, v]) => ({ Name: `tag:${k}`, Values: [v] })),
        { Name: 'instance-state-name', Values: states },
    ];
    const found = [];
    let NextToken;
    for (let page = 0; page < 100; page++) {
        const out = await ec2.send(new DescribeInstancesCommand({ Filters, MaxResults: 1000, ...(NextToken ? { NextToken } : {}) }));
        for (const r of out.Reservations ?? [])
            for (const i of r.Instances ?? [])
                found.push(toInstance(i));
        NextToken = out.NextToken;
        if (!NextToken)
            break;
    }
    // A filter is the server's promise; the tags are checked again here, so a lax emulator or API cannot widen it.
    return found.filter((i) => i.tags[TAGS.marker] === 'true' && Object.entries(tags).every(([k, v]) => i.tags[k] === v) && states.includes(i.state));
}
/** Terminates instances; ids EC2 no longer knows count as gone. Returns the ids it asked to terminate. */
async function terminate(ec2, ids) {
    if (!ids.length)
        return [];
    const { TerminateInstancesCommand } = await Promise.all(/* import() */[__webpack_require__.e(956), __webpack_require__.e(193)]).then(__webpack_require__.t.bind(__webpack_require__, 35193, 19));
    try {
        await ec2.send(new TerminateInstancesCommand({ InstanceIds: ids }));
        return ids;
    }
    catch (err) {
        if (err.name !== 'InvalidInstanceID.NotFound')
            throw err;
        if (ids.length === 1)
            return [];
        // One unknown id fails the whole call: ask for each alone.
        const done = [];
        for (const id of ids)
            done.push(...(await terminate(ec2, [id])));
        return done;
    }
}
/** The user data script: a hard time limit first, then the just-in-time runner, then power off (= terminate). */
function userDataScript(options) {
    const { maxMinutes, jitConfig, runnerDir, runnerUser } = options;
    if (!/^[A-Za-z0-9+/=]+$/.test(jitConfig))
        throw new Error('the JIT config is not base64');
    if (!/^\/[A-Za-z0-9._/-]*$/.test(runnerDir) || !/^[a-z_][a-z0-9_-]*$/.test(runnerUser))
        throw new Error('bad runner-dir or runner-user');
    return [
        '#!/bin/bash',
        '# aswf-ci-actions/gpu: an ephemeral GitHub Actions runner. The instance ends itself (shutdown = terminate).',
        `shutdown -h +${maxMinutes} 'aswf-ci-actions/gpu: max-minutes reached'`,
        'set -u',
        // The job must not read this script (it holds the JIT config) back from the instance metadata service.
        `if command -v iptables >/dev/null && [ '${runnerUser}' != root ]; then iptables -I OUTPUT -d 169.254.169.254 -m owner --uid-owner '${runnerUser}' -j REJECT || true; fi`,
        `cd '${runnerDir}' || { shutdown -h now; exit 1; }`,
        `if [ '${runnerUser}' = root ]; then RUNNER_ALLOW_RUNASROOT=1 ./run.sh --jitconfig '${jitConfig}'; else su '${runnerUser}' -c "./run.sh --jitconfig '${jitConfig}'"; fi`,
        'shutdown -h now',
        '',
    ].join('\n');
}


/***/ }),

/***/ 71217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ni: () => (/* binding */ decideReap),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   a1: () => (/* binding */ parseCodeBuildSettings),
/* harmony export */   asUserError: () => (/* binding */ asUserError),
/* harmony export */   fC: () => (/* binding */ codeBuildRunsOn),
/* harmony export */   iC: () => (/* binding */ runnerName),
/* harmony export */   makeGitHub: () => (/* binding */ makeGitHub),
/* harmony export */   runContext: () => (/* binding */ runContext),
/* harmony export */   v0: () => (/* binding */ makeEc2),
/* harmony export */   xV: () => (/* binding */ parseEc2Settings),
/* harmony export */   xq: () => (/* binding */ PROVIDERS),
/* harmony export */   zu: () => (/* binding */ instanceTags)
/* harmony export */ });
/* unused harmony exports DEFAULT_INSTANCE_TYPES, CODEBUILD_SIZES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71922);
/* harmony import */ var _common_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(56950);
/* harmony import */ var _common_oidc_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83460);
/* harmony import */ var _release_github_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55506);
/* harmony import */ var _ec2_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68008);






/**
 * GPU runners on demand: `start` (gate, then an EC2 instance with a just-in-time runner, or a CodeBuild label),
 * `stop` (this run's instances found by tag, and its runners) and `reap` (what outlived its run or its time).
 */
const PROVIDERS = ['ec2', 'codebuild'];
/** GPU instance families a default allow-list holds (NVIDIA: g4dn T4, g5 A10G, g6 L4, g6e L40S, p3 V100, p4d A100, p5 H100). */
const DEFAULT_INSTANCE_TYPES = ['g4dn.xlarge', 'g4dn.2xlarge', 'g5.xlarge', 'g5.2xlarge', 'g6.xlarge', 'g6.2xlarge', 'g6e.xlarge'];
/** CodeBuild runner instance sizes (the `instance-size:` label), GPU ones included. */
const CODEBUILD_SIZES = ['small', 'medium', 'large', 'xlarge', '2xlarge', 'gpu_small', 'gpu_large'];
function runContext(env) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = repository.split('/');
    const runId = env.GITHUB_RUN_ID ?? '';
    if (!owner || !repo || !/^\d+$/.test(runId))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('GITHUB_REPOSITORY and GITHUB_RUN_ID are not set: modes start, stop and reap run in a GitHub Actions job.');
    const ctx = {
        repository,
        owner,
        repo,
        runId,
        runAttempt: /^\d+$/.test(env.GITHUB_RUN_ATTEMPT ?? '') ? env.GITHUB_RUN_ATTEMPT : '1',
        job: (env.GITHUB_JOB ?? 'job').replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 24) || 'job',
    };
    if (env.GITHUB_API_URL)
        ctx.apiUrl = env.GITHUB_API_URL;
    return ctx;
}
const INSTANCE_TYPE = /^[a-z][a-z0-9-]*\.[a-z0-9]+$/;
const AMI = /^ami-[0-9a-f]{8,17}$/;
/** The EC2 inputs (errors name the input, the value and what is accepted). */
function parseEc2Settings(inputs, env, needInstance) {
    const region = inputs.optional('aws-region') ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? '';
    if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('aws-region', region, 'an AWS region such as us-east-1 (or AWS_REGION in the environment)');
    }
    const roleArn = inputs.optional('aws-role-arn');
    if (roleArn !== undefined && !/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/.test(roleArn)) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('aws-role-arn', roleArn, 'the ARN of an IAM role, arn:aws:iam::<account>:role/<name>');
    }
    const allowedTypes = inputs.list('instance-types');
    for (const t of allowedTypes)
        if (!INSTANCE_TYPE.test(t))
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('instance-types', t, 'EC2 instance types such as g6.xlarge, separated by commas or newlines');
    const allowed = allowedTypes.length ? allowedTypes : DEFAULT_INSTANCE_TYPES;
    const instanceType = inputs.string('instance-type', 'g6.xlarge');
    if (!INSTANCE_TYPE.test(instanceType) || !allowed.includes(instanceType)) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('instance-type', instanceType, `one of the allowed instance types (instance-types): ${allowed.join(', ')}`);
    }
    const imageId = inputs.optional('image-id') ?? '';
    if (needInstance && !AMI.test(imageId))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('image-id', imageId, 'an AMI id (ami-0123456789abcdef0) whose image has the GitHub Actions runner in runner-dir');
    const subnetId = inputs.optional('subnet-id');
    if (subnetId !== undefined && !/^subnet-[0-9a-f]{8,17}$/.test(subnetId))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('subnet-id', subnetId, 'a subnet id (subnet-0123456789abcdef0)');
    const securityGroupIds = inputs.list('security-group-ids');
    for (const g of securityGroupIds)
        if (!/^sg-[0-9a-f]{8,17}$/.test(g))
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('security-group-ids', g, 'security group ids (sg-0123456789abcdef0), separated by commas');
    const iamInstanceProfile = inputs.optional('iam-instance-profile');
    if (iamInstanceProfile !== undefined && !/^(arn:aws[a-z-]*:iam::\d{12}:instance-profile\/)?[\w+=,.@/-]{1,128}$/.test(iamInstanceProfile)) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('iam-instance-profile', iamInstanceProfile, 'an instance profile name or ARN');
    }
    const runnerDir = inputs.string('runner-dir', '/opt/actions-runner');
    if (!/^\/[A-Za-z0-9._/-]*$/.test(runnerDir) || runnerDir.includes('..'))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('runner-dir', runnerDir, 'an absolute path made of letters, digits, ".", "_", "-" and "/"');
    const runnerUser = inputs.string('runner-user', 'runner');
    if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(runnerUser))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('runner-user', runnerUser, 'a Linux user name (lower case letters, digits, "_" and "-")');
    const settings = {
        region,
        instanceType,
        allowedTypes: allowed,
        imageId,
        securityGroupIds,
        maxMinutes: inputs.int('max-minutes', 90, 5, 24 * 60),
        maxInstances: inputs.int('max-instances', 1, 1, 20),
        waitMinutes: inputs.int('wait-minutes', 10, 1, 60),
        runnerDir,
        runnerUser,
        runnerGroupId: inputs.int('runner-group-id', 1, 1),
    };
    if (roleArn !== undefined)
        settings.roleArn = roleArn;
    if (subnetId !== undefined)
        settings.subnetId = subnetId;
    if (iamInstanceProfile !== undefined)
        settings.iamInstanceProfile = iamInstanceProfile;
    return settings;
}
function parseCodeBuildSettings(inputs) {
    const project = inputs.optional('codebuild-project') ?? '';
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]{1,254}$/.test(project))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('codebuild-project', project, 'the name of the CodeBuild project whose webhook serves the runner (letters, digits, "-" and "_")');
    const image = inputs.optional('codebuild-image');
    // eslint-disable-next-line no-control-regex
    if (image !== undefined && !/^[A-Za-z0-9][^\s,"'`$\\{}[\]\u0000-\u001f\u007f]{0,255}$/.test(image)) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('codebuild-image', image, 'a CodeBuild image label value, e.g. linux-5.0 or custom-linux-aswf/ci-ocio:2025');
    }
    const instanceSize = inputs.optional('codebuild-instance-size');
    if (instanceSize !== undefined && !CODEBUILD_SIZES.includes(instanceSize))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('codebuild-instance-size', instanceSize, `one of ${CODEBUILD_SIZES.join(', ')}`);
    const s = { project };
    if (image !== undefined)
        s.image = image;
    if (instanceSize !== undefined)
        s.instanceSize = instanceSize;
    return s;
}
/** The CodeBuild-hosted runner's labels: the project's webhook starts a build for `codebuild-<project>-<run id>-<attempt>`. */
function codeBuildRunsOn(s, ctx) {
    const labels = [`codebuild-${s.project}-${ctx.runId}-${ctx.runAttempt}`];
    if (s.image)
        labels.push(`image:${s.image}`);
    if (s.instanceSize)
        labels.push(`instance-size:${s.instanceSize}`);
    return labels;
}
/** A unique runner name (and its one label): prefix, run, attempt, job, random suffix. */
function runnerName(ctx, random = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(3).toString('hex')) {
    return `${_ec2_js__WEBPACK_IMPORTED_MODULE_4__/* .RUNNER_PREFIX */ .sH}${ctx.runId}-${ctx.runAttempt}-${ctx.job}-${random}`;
}
/** The tags of an instance started for this run. */
function instanceTags(ctx, runner, expiresAt) {
    return {
        Name: runner,
        [_ec2_js__WEBPACK_IMPORTED_MODULE_4__/* .TAGS */ .gp.marker]: 'true',
        [_ec2_js__WEBPACK_IMPORTED_MODULE_4__/* .TAGS */ .gp.repository]: ctx.repository,
        [_ec2_js__WEBPACK_IMPORTED_MODULE_4__/* .TAGS */ .gp.runId]: ctx.runId,
        [_ec2_js__WEBPACK_IMPORTED_MODULE_4__/* .TAGS */ .gp.runAttempt]: ctx.runAttempt,
        [_ec2_js__WEBPACK_IMPORTED_MODULE_4__/* .TAGS */ .gp.job]: ctx.job,
        [_ec2_js__WEBPACK_IMPORTED_MODULE_4__/* .TAGS */ .gp.runner]: runner,
        [_ec2_js__WEBPACK_IMPORTED_MODULE_4__/* .TAGS */ .gp.expiresAt]: expiresAt.toISOString(),
    };
}
/**
 * Reap's decision, pure: an instance is terminated when its expiry has passed (or is missing or unreadable), when
 * its workflow run has completed or no longer exists; it is kept while its run is going and it has time left, and
 * when the run could not be read (the next reap decides). Offline runners with this action's prefix are deleted
 * unless an instance that is kept carries their name (a runner is offline until its instance has booted).
 */
function decideReap(instances, runs, runners, now, prefix = _ec2_js__WEBPACK_IMPORTED_MODULE_4__/* .RUNNER_PREFIX */ .sH) {
    const verdicts = instances.map((instance) => {
        const expires = Date.parse(instance.tags[_ec2_js__WEBPACK_IMPORTED_MODULE_4__/* .TAGS */ .gp.expiresAt] ?? '');
        if (!Number.isFinite(expires))
            return { instance, terminate: true, why: 'its expiry tag is missing or unreadable' };
        if (expires <= now.getTime())
            return { instance, terminate: true, why: `it expired at ${new Date(expires).toISOString()} (max-minutes)` };
        const runId = instance.tags[_ec2_js__WEBPACK_IMPORTED_MODULE_4__/* .TAGS */ .gp.runId] ?? '';
        const run = runs.get(runId);
        if (run === 'missing')
            return { instance, terminate: true, why: `its workflow run ${runId} no longer exists` };
        if (run === undefined)
            return { instance, terminate: false, why: 'its workflow run was not looked up' };
        if ('error' in run)
            return { instance, terminate: false, why: `its workflow run ${runId} could not be read (${run.error}); it expires at ${new Date(expires).toISOString()}` };
        if (run.status === 'completed')
            return { instance, terminate: true, why: `its workflow run ${runId} has completed (${run.conclusion ?? 'no conclusion'})` };
        return { instance, terminate: false, why: `its workflow run ${runId} is ${run.status}, and it has time until ${new Date(expires).toISOString()}` };
    });
    const kept = new Set(verdicts.filter((v) => !v.terminate).map((v) => v.instance.tags[_ec2_js__WEBPACK_IMPORTED_MODULE_4__/* .TAGS */ .gp.runner]).filter(Boolean));
    const doomed = new Set(verdicts.filter((v) => v.terminate).map((v) => v.instance.tags[_ec2_js__WEBPACK_IMPORTED_MODULE_4__/* .TAGS */ .gp.runner]).filter(Boolean));
    const stale = runners
        .filter((r) => r.name.startsWith(prefix) && r.status !== 'online' && !r.busy && !kept.has(r.name))
        .map((runner) => ({ runner, why: doomed.has(runner.name) ? 'offline, and its instance is being terminated' : 'offline, and no instance that is kept carries its name' }));
    return { instances: verdicts, runners: stale };
}
/** An EC2 client for the settings: OIDC web identity to the role when aws-role-arn is set, else the SDK's default chain. */
async function makeEc2(step, s, ctx) {
    const { EC2Client } = await Promise.all(/* import() */[__webpack_require__.e(956), __webpack_require__.e(193)]).then(__webpack_require__.t.bind(__webpack_require__, 35193, 19));
    if (!s.roleArn)
        return new EC2Client({ region: s.region, maxAttempts: 5 });
    const token = await (0,_common_oidc_js__WEBPACK_IMPORTED_MODULE_2__/* .identityToken */ ._)(step.env, {
        audience: 'sts.amazonaws.com',
        purpose: 'aws-role-arn (OIDC to AWS)',
        recipient: 'AWS',
        alternative: "to the job, or give the AWS credentials through the environment (an earlier aws-actions/configure-aws-credentials step) and no aws-role-arn",
    })();
    step.setSecret(token);
    const { fromWebToken } = await __webpack_require__.e(/* import() */ 956).then(__webpack_require__.t.bind(__webpack_require__, 29956, 19));
    const credentials = fromWebToken({ roleArn: s.roleArn, webIdentityToken: token, roleSessionName: `aswf-gpu-${ctx.runId}-${ctx.runAttempt}`, clientConfig: { region: s.region } });
    return new EC2Client({ region: s.region, credentials, maxAttempts: 5 });
}
/** A GitHub client from the github-token input (the workflow's token by default). */
async function makeGitHub(step, ctx, deps) {
    if (deps.github)
        return deps.github;
    const token = step.inputs.optional('github-token') ?? '';
    if (!token)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('github-token', '', "a token that may manage the repository's self-hosted runners (Administration: write)");
    // A token is printable ASCII; anything else would fail deep in an HTTP header. The value is never shown.
    if (!/^[\x21-\x7e]+$/.test(token))
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('github-token', '***', 'a GitHub token: printable ASCII characters without spaces or line breaks');
    step.setSecret(token);
    const { GpuGitHub, makeOctokit } = await __webpack_require__.e(/* import() */ 315).then(__webpack_require__.bind(__webpack_require__, 2315));
    return new GpuGitHub(await makeOctokit(token, ctx.apiUrl, deps.fetch), ctx.owner, ctx.repo, { log: (m) => step.info((0,_common_format_js__WEBPACK_IMPORTED_MODULE_5__/* .safe */ .gB)(m)), ...(deps.sleep ? { sleep: deps.sleep } : {}) });
}
/** A failure in one safe line: GitHub's answers as `HTTP <status> <message>`, AWS errors by their message. */
const describeError = (err) => (0,_common_format_js__WEBPACK_IMPORTED_MODULE_5__/* .safe */ .gB)(typeof err.status === 'number' ? (0,_release_github_js__WEBPACK_IMPORTED_MODULE_3__.describe)(err) : (0,_common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err));
/**
 * A failure of AWS, GitHub or the network as one clear line (a UserError) naming what failed; anything else (a bug)
 * is returned as it is, to be reported with its stack.
 */
function asUserError(what, err) {
    if (err instanceof _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo)
        return err;
    const e = err;
    const aws = typeof e.$metadata === 'object' || e.name === 'CredentialsProviderError';
    const http = typeof e.status === 'number';
    const net = typeof e.code === 'string' && (typeof e.syscall === 'string' || /^E[A-Z]+$/.test(e.code));
    if (!aws && !http && !net)
        return err;
    let detail = describeError(err).replace(/^AWS SDK error wrapper for (Error: )?/, '');
    if (aws && typeof e.name === 'string' && !['Error', 'CredentialsProviderError'].includes(e.name) && !detail.includes(e.name))
        detail = `${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_5__/* .safe */ .gB)(e.name)}: ${detail}`;
    if (e.name === 'CredentialsProviderError')
        detail += ' (no AWS credentials: set aws-role-arn, with permissions: id-token: write, or configure them in an earlier step)';
    const message = `${what} failed: ${detail}`;
    return new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(message.endsWith('.') ? message : `${message}.`);
}


/***/ })

};
