export const id = 339;
export const ids = [339];
export const modules = {

/***/ 339:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GtoProduction: () => (/* binding */ GtoProduction)
/* harmony export */ });
/* harmony import */ var _gate_model_version_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1823);

class GtoProduction {
    tags;
    acceptances;
    source;
    manifests;
    tagger;
    description;
    stage;
    constructor(tags, acceptances, source, manifests, 
    /** Who the tags written are by; git's configured identity when undefined. */
    tagger) {
        this.tags = tags;
        this.acceptances = acceptances;
        this.source = source;
        this.manifests = manifests;
        this.tagger = tagger;
        this.description = tags.description;
        this.stage = tags.stage;
    }
    baseline(name, candidatePath, previousPath) {
        return this.tags.baseline(name, candidatePath, previousPath);
    }
    entry(name) {
        return this.acceptances.entry(name);
    }
    accept(request) {
        return this.acceptances.accept(request);
    }
    async history(name) {
        const model = await this.tags.model(name);
        return model ? { kind: 'stages', model } : undefined;
    }
    /**
     * GTO keeps production in tags, one compare-and-swap per model: the versions are tagged model by model
     * (GTO's own format has no batch), each with its ordering decision taken against the tags of its attempt.
     */
    async promoteAll(versions, who, containedIn) {
        const commit = who.commit;
        if (!commit)
            throw new Error('a GTO promotion needs the commit the version comes from');
        const results = [];
        for (const version of versions) {
            try {
                const change = await this.tags.promote(version, commit, this.tagger, containedIn);
                results.push({
                    ok: true,
                    model: change.model,
                    version: change.version,
                    written: change.created,
                    ...(change.superseded ? { superseded: change.superseded } : {}),
                });
            }
            catch (error) {
                results.push({ ok: false, model: version.manifest.name, version: version.manifest.version, error });
            }
        }
        return results;
    }
    async rollback(name, request) {
        const change = await this.tags.rollback(name, request.to, request.reason, this.tagger, request.run);
        return {
            model: change.model,
            outcome: change.outcome ?? 'rolled-back',
            version: change.version,
            ...(change.from ? { from: change.from } : {}),
            commit: change.commit,
            written: change.created,
            actor: request.actor,
            reason: request.reason,
            versions: () => this.rollbackVersions(name, change.commit, change.from),
        };
    }
    /** The version restored, read from the manifest at its commit, and the version left, at the commit GTO has for it. */
    async rollbackVersions(name, commit, from) {
        const restored = await this.manifestAt(commit, name);
        const state = from === undefined ? undefined : await this.tags.model(name);
        const leftCommit = state?.versions.find((v) => v.version === from)?.commit;
        const left = leftCommit === undefined ? undefined : await this.manifestAt(leftCommit, name);
        return { ...(restored ? { restored } : {}), ...(left ? { left: { ...left, source: 'gto' } } : {}) };
    }
    /** The model's manifest at a commit, wherever it lives there. */
    async manifestAt(commit, name) {
        const found = await (0,_gate_model_version_js__WEBPACK_IMPORTED_MODULE_0__/* .findModelVersion */ .XN)(this.source, commit, name, this.manifests);
        return found?.ok ? found.version : undefined;
    }
}


/***/ })

};
