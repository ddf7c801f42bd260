export const id = 554;
export const ids = [554];
export const modules = {

/***/ 6554:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitTagStore: () => (/* binding */ GitTagStore)
/* harmony export */ });
const FORMAT = [
    '%(refname:strip=2)',
    '%(objecttype)',
    '%(objectname)',
    '%(*objectname)',
    '%(taggerdate:iso-strict)',
    '%(taggername)',
].join('%00');
class GitTagStore {
    git;
    constructor(git) {
        this.git = git;
    }
    async list(filter) {
        const out = await this.git.text(['for-each-ref', `--format=${FORMAT}`, 'refs/tags']);
        const tags = [];
        for (const line of out.split('\n')) {
            if (!line)
                continue;
            const [name = '', type, object = '', peeled = '', date = '', tagger = ''] = line.split('\0');
            if (!filter(name))
                continue;
            const annotated = type === 'tag';
            tags.push({
                name,
                commit: annotated ? peeled : object,
                createdAt: annotated ? new Date(date).toISOString() : '',
                annotated,
                ...(annotated && tagger ? { tagger } : {}),
            });
        }
        return tags;
    }
    async create(tag) {
        const env = tag.tagger
            ? { GIT_COMMITTER_NAME: tag.tagger.name, GIT_COMMITTER_EMAIL: tag.tagger.email }
            : {};
        const r = await this.git.run(['tag', '-a', '-m', tag.message, '--', tag.name, tag.commit], {
            env,
            okCodes: [128],
        });
        return r.code === 0;
    }
}


/***/ })

};
