export const id = 679;
export const ids = [679];
export const modules = {

/***/ 1679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   currentPull: () => (/* binding */ currentPull),
/* harmony export */   pullRequestOf: () => (/* binding */ pullRequestOf)
/* harmony export */ });
/* harmony import */ var _github_pulls_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4487);

/** The pull request of a pull_request or pull_request_target payload. */
function pullRequestOf(ctx) {
    const pr = ctx.payload.pull_request;
    if (!pr || typeof pr.number !== 'number' || !pr.base?.sha || !pr.head?.sha) {
        throw new Error(`the ${ctx.eventName} payload has no pull_request with number, base.sha and head.sha`);
    }
    return {
        number: pr.number,
        baseSha: pr.base.sha,
        headSha: pr.head.sha,
        fork: isFork(ctx, pr.head.repo?.full_name),
    };
}
/** The pull request as it is now, asked of the API (the payload of a comment carries no head SHA). */
async function currentPull(api, ctx, number) {
    const pull = await (0,_github_pulls_js__WEBPACK_IMPORTED_MODULE_0__/* .getPull */ .Cs)(api, ctx.repo, number);
    return {
        number,
        baseSha: pull.base.sha,
        headSha: pull.head.sha,
        fork: isFork(ctx, pull.head.repo?.full_name),
    };
}
/** A head repository other than this one: a fork. */
function isFork(ctx, headRepository) {
    return headRepository !== undefined && headRepository !== `${ctx.repo.owner}/${ctx.repo.repo}`;
}


/***/ }),

/***/ 4487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ getPull),
/* harmony export */   pG: () => (/* binding */ listPullFiles),
/* harmony export */   xi: () => (/* binding */ PULL_FILES_CAP)
/* harmony export */ });
/** GitHub's documented cap on the files the pull request files endpoint lists. */
const PULL_FILES_CAP = 3000;
async function getPull(api, repo, pull) {
    return (await api.rest.pulls.get({ ...repo, pull_number: pull })).data;
}
async function listPullFiles(api, repo, pull) {
    const files = [];
    for await (const page of api.paginate.iterator(api.rest.pulls.listFiles, {
        ...repo,
        pull_number: pull,
        per_page: 100,
    })) {
        for (const f of page.data) {
            files.push({
                filename: f.filename,
                status: f.status,
                ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
            });
        }
    }
    return files;
}


/***/ })

};
