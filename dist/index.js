import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3251:
/***/ (function(module) {

/**
  * This file contains the Bottleneck library (MIT), compiled to ES2017, and without Clustering support.
  * https://github.com/SGrondin/bottleneck
  */
(function (global, factory) {
	 true ? module.exports = factory() :
	0;
}(this, (function () { 'use strict';

	var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

	function getCjsExportFromNamespace (n) {
		return n && n['default'] || n;
	}

	var load = function(received, defaults, onto = {}) {
	  var k, ref, v;
	  for (k in defaults) {
	    v = defaults[k];
	    onto[k] = (ref = received[k]) != null ? ref : v;
	  }
	  return onto;
	};

	var overwrite = function(received, defaults, onto = {}) {
	  var k, v;
	  for (k in received) {
	    v = received[k];
	    if (defaults[k] !== void 0) {
	      onto[k] = v;
	    }
	  }
	  return onto;
	};

	var parser = {
		load: load,
		overwrite: overwrite
	};

	var DLList;

	DLList = class DLList {
	  constructor(incr, decr) {
	    this.incr = incr;
	    this.decr = decr;
	    this._first = null;
	    this._last = null;
	    this.length = 0;
	  }

	  push(value) {
	    var node;
	    this.length++;
	    if (typeof this.incr === "function") {
	      this.incr();
	    }
	    node = {
	      value,
	      prev: this._last,
	      next: null
	    };
	    if (this._last != null) {
	      this._last.next = node;
	      this._last = node;
	    } else {
	      this._first = this._last = node;
	    }
	    return void 0;
	  }

	  shift() {
	    var value;
	    if (this._first == null) {
	      return;
	    } else {
	      this.length--;
	      if (typeof this.decr === "function") {
	        this.decr();
	      }
	    }
	    value = this._first.value;
	    if ((this._first = this._first.next) != null) {
	      this._first.prev = null;
	    } else {
	      this._last = null;
	    }
	    return value;
	  }

	  first() {
	    if (this._first != null) {
	      return this._first.value;
	    }
	  }

	  getArray() {
	    var node, ref, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, ref.value));
	    }
	    return results;
	  }

	  forEachShift(cb) {
	    var node;
	    node = this.shift();
	    while (node != null) {
	      (cb(node), node = this.shift());
	    }
	    return void 0;
	  }

	  debug() {
	    var node, ref, ref1, ref2, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, {
	        value: ref.value,
	        prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
	        next: (ref2 = ref.next) != null ? ref2.value : void 0
	      }));
	    }
	    return results;
	  }

	};

	var DLList_1 = DLList;

	var Events;

	Events = class Events {
	  constructor(instance) {
	    this.instance = instance;
	    this._events = {};
	    if ((this.instance.on != null) || (this.instance.once != null) || (this.instance.removeAllListeners != null)) {
	      throw new Error("An Emitter already exists for this object");
	    }
	    this.instance.on = (name, cb) => {
	      return this._addListener(name, "many", cb);
	    };
	    this.instance.once = (name, cb) => {
	      return this._addListener(name, "once", cb);
	    };
	    this.instance.removeAllListeners = (name = null) => {
	      if (name != null) {
	        return delete this._events[name];
	      } else {
	        return this._events = {};
	      }
	    };
	  }

	  _addListener(name, status, cb) {
	    var base;
	    if ((base = this._events)[name] == null) {
	      base[name] = [];
	    }
	    this._events[name].push({cb, status});
	    return this.instance;
	  }

	  listenerCount(name) {
	    if (this._events[name] != null) {
	      return this._events[name].length;
	    } else {
	      return 0;
	    }
	  }

	  async trigger(name, ...args) {
	    var e, promises;
	    try {
	      if (name !== "debug") {
	        this.trigger("debug", `Event triggered: ${name}`, args);
	      }
	      if (this._events[name] == null) {
	        return;
	      }
	      this._events[name] = this._events[name].filter(function(listener) {
	        return listener.status !== "none";
	      });
	      promises = this._events[name].map(async(listener) => {
	        var e, returned;
	        if (listener.status === "none") {
	          return;
	        }
	        if (listener.status === "once") {
	          listener.status = "none";
	        }
	        try {
	          returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
	          if (typeof (returned != null ? returned.then : void 0) === "function") {
	            return (await returned);
	          } else {
	            return returned;
	          }
	        } catch (error) {
	          e = error;
	          {
	            this.trigger("error", e);
	          }
	          return null;
	        }
	      });
	      return ((await Promise.all(promises))).find(function(x) {
	        return x != null;
	      });
	    } catch (error) {
	      e = error;
	      {
	        this.trigger("error", e);
	      }
	      return null;
	    }
	  }

	};

	var Events_1 = Events;

	var DLList$1, Events$1, Queues;

	DLList$1 = DLList_1;

	Events$1 = Events_1;

	Queues = class Queues {
	  constructor(num_priorities) {
	    var i;
	    this.Events = new Events$1(this);
	    this._length = 0;
	    this._lists = (function() {
	      var j, ref, results;
	      results = [];
	      for (i = j = 1, ref = num_priorities; (1 <= ref ? j <= ref : j >= ref); i = 1 <= ref ? ++j : --j) {
	        results.push(new DLList$1((() => {
	          return this.incr();
	        }), (() => {
	          return this.decr();
	        })));
	      }
	      return results;
	    }).call(this);
	  }

	  incr() {
	    if (this._length++ === 0) {
	      return this.Events.trigger("leftzero");
	    }
	  }

	  decr() {
	    if (--this._length === 0) {
	      return this.Events.trigger("zero");
	    }
	  }

	  push(job) {
	    return this._lists[job.options.priority].push(job);
	  }

	  queued(priority) {
	    if (priority != null) {
	      return this._lists[priority].length;
	    } else {
	      return this._length;
	    }
	  }

	  shiftAll(fn) {
	    return this._lists.forEach(function(list) {
	      return list.forEachShift(fn);
	    });
	  }

	  getFirst(arr = this._lists) {
	    var j, len, list;
	    for (j = 0, len = arr.length; j < len; j++) {
	      list = arr[j];
	      if (list.length > 0) {
	        return list;
	      }
	    }
	    return [];
	  }

	  shiftLastFrom(priority) {
	    return this.getFirst(this._lists.slice(priority).reverse()).shift();
	  }

	};

	var Queues_1 = Queues;

	var BottleneckError;

	BottleneckError = class BottleneckError extends Error {};

	var BottleneckError_1 = BottleneckError;

	var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;

	NUM_PRIORITIES = 10;

	DEFAULT_PRIORITY = 5;

	parser$1 = parser;

	BottleneckError$1 = BottleneckError_1;

	Job = class Job {
	  constructor(task, args, options, jobDefaults, rejectOnDrop, Events, _states, Promise) {
	    this.task = task;
	    this.args = args;
	    this.rejectOnDrop = rejectOnDrop;
	    this.Events = Events;
	    this._states = _states;
	    this.Promise = Promise;
	    this.options = parser$1.load(options, jobDefaults);
	    this.options.priority = this._sanitizePriority(this.options.priority);
	    if (this.options.id === jobDefaults.id) {
	      this.options.id = `${this.options.id}-${this._randomIndex()}`;
	    }
	    this.promise = new this.Promise((_resolve, _reject) => {
	      this._resolve = _resolve;
	      this._reject = _reject;
	    });
	    this.retryCount = 0;
	  }

	  _sanitizePriority(priority) {
	    var sProperty;
	    sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
	    if (sProperty < 0) {
	      return 0;
	    } else if (sProperty > NUM_PRIORITIES - 1) {
	      return NUM_PRIORITIES - 1;
	    } else {
	      return sProperty;
	    }
	  }

	  _randomIndex() {
	    return Math.random().toString(36).slice(2);
	  }

	  doDrop({error, message = "This job has been dropped by Bottleneck"} = {}) {
	    if (this._states.remove(this.options.id)) {
	      if (this.rejectOnDrop) {
	        this._reject(error != null ? error : new BottleneckError$1(message));
	      }
	      this.Events.trigger("dropped", {args: this.args, options: this.options, task: this.task, promise: this.promise});
	      return true;
	    } else {
	      return false;
	    }
	  }

	  _assertStatus(expected) {
	    var status;
	    status = this._states.jobStatus(this.options.id);
	    if (!(status === expected || (expected === "DONE" && status === null))) {
	      throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
	    }
	  }

	  doReceive() {
	    this._states.start(this.options.id);
	    return this.Events.trigger("received", {args: this.args, options: this.options});
	  }

	  doQueue(reachedHWM, blocked) {
	    this._assertStatus("RECEIVED");
	    this._states.next(this.options.id);
	    return this.Events.trigger("queued", {args: this.args, options: this.options, reachedHWM, blocked});
	  }

	  doRun() {
	    if (this.retryCount === 0) {
	      this._assertStatus("QUEUED");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    return this.Events.trigger("scheduled", {args: this.args, options: this.options});
	  }

	  async doExecute(chained, clearGlobalState, run, free) {
	    var error, eventInfo, passed;
	    if (this.retryCount === 0) {
	      this._assertStatus("RUNNING");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    this.Events.trigger("executing", eventInfo);
	    try {
	      passed = (await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args)));
	      if (clearGlobalState()) {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._resolve(passed);
	      }
	    } catch (error1) {
	      error = error1;
	      return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	    }
	  }

	  doExpire(clearGlobalState, run, free) {
	    var error, eventInfo;
	    if (this._states.jobStatus(this.options.id === "RUNNING")) {
	      this._states.next(this.options.id);
	    }
	    this._assertStatus("EXECUTING");
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
	    return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	  }

	  async _onFailure(error, eventInfo, clearGlobalState, run, free) {
	    var retry, retryAfter;
	    if (clearGlobalState()) {
	      retry = (await this.Events.trigger("failed", error, eventInfo));
	      if (retry != null) {
	        retryAfter = ~~retry;
	        this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
	        this.retryCount++;
	        return run(retryAfter);
	      } else {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._reject(error);
	      }
	    }
	  }

	  doDone(eventInfo) {
	    this._assertStatus("EXECUTING");
	    this._states.next(this.options.id);
	    return this.Events.trigger("done", eventInfo);
	  }

	};

	var Job_1 = Job;

	var BottleneckError$2, LocalDatastore, parser$2;

	parser$2 = parser;

	BottleneckError$2 = BottleneckError_1;

	LocalDatastore = class LocalDatastore {
	  constructor(instance, storeOptions, storeInstanceOptions) {
	    this.instance = instance;
	    this.storeOptions = storeOptions;
	    this.clientId = this.instance._randomIndex();
	    parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
	    this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
	    this._running = 0;
	    this._done = 0;
	    this._unblockTime = 0;
	    this.ready = this.Promise.resolve();
	    this.clients = {};
	    this._startHeartbeat();
	  }

	  _startHeartbeat() {
	    var base;
	    if ((this.heartbeat == null) && (((this.storeOptions.reservoirRefreshInterval != null) && (this.storeOptions.reservoirRefreshAmount != null)) || ((this.storeOptions.reservoirIncreaseInterval != null) && (this.storeOptions.reservoirIncreaseAmount != null)))) {
	      return typeof (base = (this.heartbeat = setInterval(() => {
	        var amount, incr, maximum, now, reservoir;
	        now = Date.now();
	        if ((this.storeOptions.reservoirRefreshInterval != null) && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
	          this._lastReservoirRefresh = now;
	          this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
	          this.instance._drainAll(this.computeCapacity());
	        }
	        if ((this.storeOptions.reservoirIncreaseInterval != null) && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
	          ({
	            reservoirIncreaseAmount: amount,
	            reservoirIncreaseMaximum: maximum,
	            reservoir
	          } = this.storeOptions);
	          this._lastReservoirIncrease = now;
	          incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
	          if (incr > 0) {
	            this.storeOptions.reservoir += incr;
	            return this.instance._drainAll(this.computeCapacity());
	          }
	        }
	      }, this.heartbeatInterval))).unref === "function" ? base.unref() : void 0;
	    } else {
	      return clearInterval(this.heartbeat);
	    }
	  }

	  async __publish__(message) {
	    await this.yieldLoop();
	    return this.instance.Events.trigger("message", message.toString());
	  }

	  async __disconnect__(flush) {
	    await this.yieldLoop();
	    clearInterval(this.heartbeat);
	    return this.Promise.resolve();
	  }

	  yieldLoop(t = 0) {
	    return new this.Promise(function(resolve, reject) {
	      return setTimeout(resolve, t);
	    });
	  }

	  computePenalty() {
	    var ref;
	    return (ref = this.storeOptions.penalty) != null ? ref : (15 * this.storeOptions.minTime) || 5000;
	  }

	  async __updateSettings__(options) {
	    await this.yieldLoop();
	    parser$2.overwrite(options, options, this.storeOptions);
	    this._startHeartbeat();
	    this.instance._drainAll(this.computeCapacity());
	    return true;
	  }

	  async __running__() {
	    await this.yieldLoop();
	    return this._running;
	  }

	  async __queued__() {
	    await this.yieldLoop();
	    return this.instance.queued();
	  }

	  async __done__() {
	    await this.yieldLoop();
	    return this._done;
	  }

	  async __groupCheck__(time) {
	    await this.yieldLoop();
	    return (this._nextRequest + this.timeout) < time;
	  }

	  computeCapacity() {
	    var maxConcurrent, reservoir;
	    ({maxConcurrent, reservoir} = this.storeOptions);
	    if ((maxConcurrent != null) && (reservoir != null)) {
	      return Math.min(maxConcurrent - this._running, reservoir);
	    } else if (maxConcurrent != null) {
	      return maxConcurrent - this._running;
	    } else if (reservoir != null) {
	      return reservoir;
	    } else {
	      return null;
	    }
	  }

	  conditionsCheck(weight) {
	    var capacity;
	    capacity = this.computeCapacity();
	    return (capacity == null) || weight <= capacity;
	  }

	  async __incrementReservoir__(incr) {
	    var reservoir;
	    await this.yieldLoop();
	    reservoir = this.storeOptions.reservoir += incr;
	    this.instance._drainAll(this.computeCapacity());
	    return reservoir;
	  }

	  async __currentReservoir__() {
	    await this.yieldLoop();
	    return this.storeOptions.reservoir;
	  }

	  isBlocked(now) {
	    return this._unblockTime >= now;
	  }

	  check(weight, now) {
	    return this.conditionsCheck(weight) && (this._nextRequest - now) <= 0;
	  }

	  async __check__(weight) {
	    var now;
	    await this.yieldLoop();
	    now = Date.now();
	    return this.check(weight, now);
	  }

	  async __register__(index, weight, expiration) {
	    var now, wait;
	    await this.yieldLoop();
	    now = Date.now();
	    if (this.conditionsCheck(weight)) {
	      this._running += weight;
	      if (this.storeOptions.reservoir != null) {
	        this.storeOptions.reservoir -= weight;
	      }
	      wait = Math.max(this._nextRequest - now, 0);
	      this._nextRequest = now + wait + this.storeOptions.minTime;
	      return {
	        success: true,
	        wait,
	        reservoir: this.storeOptions.reservoir
	      };
	    } else {
	      return {
	        success: false
	      };
	    }
	  }

	  strategyIsBlock() {
	    return this.storeOptions.strategy === 3;
	  }

	  async __submit__(queueLength, weight) {
	    var blocked, now, reachedHWM;
	    await this.yieldLoop();
	    if ((this.storeOptions.maxConcurrent != null) && weight > this.storeOptions.maxConcurrent) {
	      throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
	    }
	    now = Date.now();
	    reachedHWM = (this.storeOptions.highWater != null) && queueLength === this.storeOptions.highWater && !this.check(weight, now);
	    blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
	    if (blocked) {
	      this._unblockTime = now + this.computePenalty();
	      this._nextRequest = this._unblockTime + this.storeOptions.minTime;
	      this.instance._dropAllQueued();
	    }
	    return {
	      reachedHWM,
	      blocked,
	      strategy: this.storeOptions.strategy
	    };
	  }

	  async __free__(index, weight) {
	    await this.yieldLoop();
	    this._running -= weight;
	    this._done += weight;
	    this.instance._drainAll(this.computeCapacity());
	    return {
	      running: this._running
	    };
	  }

	};

	var LocalDatastore_1 = LocalDatastore;

	var BottleneckError$3, States;

	BottleneckError$3 = BottleneckError_1;

	States = class States {
	  constructor(status1) {
	    this.status = status1;
	    this._jobs = {};
	    this.counts = this.status.map(function() {
	      return 0;
	    });
	  }

	  next(id) {
	    var current, next;
	    current = this._jobs[id];
	    next = current + 1;
	    if ((current != null) && next < this.status.length) {
	      this.counts[current]--;
	      this.counts[next]++;
	      return this._jobs[id]++;
	    } else if (current != null) {
	      this.counts[current]--;
	      return delete this._jobs[id];
	    }
	  }

	  start(id) {
	    var initial;
	    initial = 0;
	    this._jobs[id] = initial;
	    return this.counts[initial]++;
	  }

	  remove(id) {
	    var current;
	    current = this._jobs[id];
	    if (current != null) {
	      this.counts[current]--;
	      delete this._jobs[id];
	    }
	    return current != null;
	  }

	  jobStatus(id) {
	    var ref;
	    return (ref = this.status[this._jobs[id]]) != null ? ref : null;
	  }

	  statusJobs(status) {
	    var k, pos, ref, results, v;
	    if (status != null) {
	      pos = this.status.indexOf(status);
	      if (pos < 0) {
	        throw new BottleneckError$3(`status must be one of ${this.status.join(', ')}`);
	      }
	      ref = this._jobs;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        if (v === pos) {
	          results.push(k);
	        }
	      }
	      return results;
	    } else {
	      return Object.keys(this._jobs);
	    }
	  }

	  statusCounts() {
	    return this.counts.reduce(((acc, v, i) => {
	      acc[this.status[i]] = v;
	      return acc;
	    }), {});
	  }

	};

	var States_1 = States;

	var DLList$2, Sync;

	DLList$2 = DLList_1;

	Sync = class Sync {
	  constructor(name, Promise) {
	    this.schedule = this.schedule.bind(this);
	    this.name = name;
	    this.Promise = Promise;
	    this._running = 0;
	    this._queue = new DLList$2();
	  }

	  isEmpty() {
	    return this._queue.length === 0;
	  }

	  async _tryToRun() {
	    var args, cb, error, reject, resolve, returned, task;
	    if ((this._running < 1) && this._queue.length > 0) {
	      this._running++;
	      ({task, args, resolve, reject} = this._queue.shift());
	      cb = (await (async function() {
	        try {
	          returned = (await task(...args));
	          return function() {
	            return resolve(returned);
	          };
	        } catch (error1) {
	          error = error1;
	          return function() {
	            return reject(error);
	          };
	        }
	      })());
	      this._running--;
	      this._tryToRun();
	      return cb();
	    }
	  }

	  schedule(task, ...args) {
	    var promise, reject, resolve;
	    resolve = reject = null;
	    promise = new this.Promise(function(_resolve, _reject) {
	      resolve = _resolve;
	      return reject = _reject;
	    });
	    this._queue.push({task, args, resolve, reject});
	    this._tryToRun();
	    return promise;
	  }

	};

	var Sync_1 = Sync;

	var version = "2.19.5";
	var version$1 = {
		version: version
	};

	var version$2 = /*#__PURE__*/Object.freeze({
		version: version,
		default: version$1
	});

	var require$$2 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$3 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$4 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;

	parser$3 = parser;

	Events$2 = Events_1;

	RedisConnection$1 = require$$2;

	IORedisConnection$1 = require$$3;

	Scripts$1 = require$$4;

	Group = (function() {
	  class Group {
	    constructor(limiterOptions = {}) {
	      this.deleteKey = this.deleteKey.bind(this);
	      this.limiterOptions = limiterOptions;
	      parser$3.load(this.limiterOptions, this.defaults, this);
	      this.Events = new Events$2(this);
	      this.instances = {};
	      this.Bottleneck = Bottleneck_1;
	      this._startAutoCleanup();
	      this.sharedConnection = this.connection != null;
	      if (this.connection == null) {
	        if (this.limiterOptions.datastore === "redis") {
	          this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        } else if (this.limiterOptions.datastore === "ioredis") {
	          this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        }
	      }
	    }

	    key(key = "") {
	      var ref;
	      return (ref = this.instances[key]) != null ? ref : (() => {
	        var limiter;
	        limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
	          id: `${this.id}-${key}`,
	          timeout: this.timeout,
	          connection: this.connection
	        }));
	        this.Events.trigger("created", limiter, key);
	        return limiter;
	      })();
	    }

	    async deleteKey(key = "") {
	      var deleted, instance;
	      instance = this.instances[key];
	      if (this.connection) {
	        deleted = (await this.connection.__runCommand__(['del', ...Scripts$1.allKeys(`${this.id}-${key}`)]));
	      }
	      if (instance != null) {
	        delete this.instances[key];
	        await instance.disconnect();
	      }
	      return (instance != null) || deleted > 0;
	    }

	    limiters() {
	      var k, ref, results, v;
	      ref = this.instances;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        results.push({
	          key: k,
	          limiter: v
	        });
	      }
	      return results;
	    }

	    keys() {
	      return Object.keys(this.instances);
	    }

	    async clusterKeys() {
	      var cursor, end, found, i, k, keys, len, next, start;
	      if (this.connection == null) {
	        return this.Promise.resolve(this.keys());
	      }
	      keys = [];
	      cursor = null;
	      start = `b_${this.id}-`.length;
	      end = "_settings".length;
	      while (cursor !== 0) {
	        [next, found] = (await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 10000]));
	        cursor = ~~next;
	        for (i = 0, len = found.length; i < len; i++) {
	          k = found[i];
	          keys.push(k.slice(start, -end));
	        }
	      }
	      return keys;
	    }

	    _startAutoCleanup() {
	      var base;
	      clearInterval(this.interval);
	      return typeof (base = (this.interval = setInterval(async() => {
	        var e, k, ref, results, time, v;
	        time = Date.now();
	        ref = this.instances;
	        results = [];
	        for (k in ref) {
	          v = ref[k];
	          try {
	            if ((await v._store.__groupCheck__(time))) {
	              results.push(this.deleteKey(k));
	            } else {
	              results.push(void 0);
	            }
	          } catch (error) {
	            e = error;
	            results.push(v.Events.trigger("error", e));
	          }
	        }
	        return results;
	      }, this.timeout / 2))).unref === "function" ? base.unref() : void 0;
	    }

	    updateSettings(options = {}) {
	      parser$3.overwrite(options, this.defaults, this);
	      parser$3.overwrite(options, options, this.limiterOptions);
	      if (options.timeout != null) {
	        return this._startAutoCleanup();
	      }
	    }

	    disconnect(flush = true) {
	      var ref;
	      if (!this.sharedConnection) {
	        return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
	      }
	    }

	  }
	  Group.prototype.defaults = {
	    timeout: 1000 * 60 * 5,
	    connection: null,
	    Promise: Promise,
	    id: "group-key"
	  };

	  return Group;

	}).call(commonjsGlobal);

	var Group_1 = Group;

	var Batcher, Events$3, parser$4;

	parser$4 = parser;

	Events$3 = Events_1;

	Batcher = (function() {
	  class Batcher {
	    constructor(options = {}) {
	      this.options = options;
	      parser$4.load(this.options, this.defaults, this);
	      this.Events = new Events$3(this);
	      this._arr = [];
	      this._resetPromise();
	      this._lastFlush = Date.now();
	    }

	    _resetPromise() {
	      return this._promise = new this.Promise((res, rej) => {
	        return this._resolve = res;
	      });
	    }

	    _flush() {
	      clearTimeout(this._timeout);
	      this._lastFlush = Date.now();
	      this._resolve();
	      this.Events.trigger("batch", this._arr);
	      this._arr = [];
	      return this._resetPromise();
	    }

	    add(data) {
	      var ret;
	      this._arr.push(data);
	      ret = this._promise;
	      if (this._arr.length === this.maxSize) {
	        this._flush();
	      } else if ((this.maxTime != null) && this._arr.length === 1) {
	        this._timeout = setTimeout(() => {
	          return this._flush();
	        }, this.maxTime);
	      }
	      return ret;
	    }

	  }
	  Batcher.prototype.defaults = {
	    maxTime: null,
	    maxSize: null,
	    Promise: Promise
	  };

	  return Batcher;

	}).call(commonjsGlobal);

	var Batcher_1 = Batcher;

	var require$$4$1 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$8 = getCjsExportFromNamespace(version$2);

	var Bottleneck, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5,
	  splice = [].splice;

	NUM_PRIORITIES$1 = 10;

	DEFAULT_PRIORITY$1 = 5;

	parser$5 = parser;

	Queues$1 = Queues_1;

	Job$1 = Job_1;

	LocalDatastore$1 = LocalDatastore_1;

	RedisDatastore$1 = require$$4$1;

	Events$4 = Events_1;

	States$1 = States_1;

	Sync$1 = Sync_1;

	Bottleneck = (function() {
	  class Bottleneck {
	    constructor(options = {}, ...invalid) {
	      var storeInstanceOptions, storeOptions;
	      this._addToQueue = this._addToQueue.bind(this);
	      this._validateOptions(options, invalid);
	      parser$5.load(options, this.instanceDefaults, this);
	      this._queues = new Queues$1(NUM_PRIORITIES$1);
	      this._scheduled = {};
	      this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
	      this._limiter = null;
	      this.Events = new Events$4(this);
	      this._submitLock = new Sync$1("submit", this.Promise);
	      this._registerLock = new Sync$1("register", this.Promise);
	      storeOptions = parser$5.load(options, this.storeDefaults, {});
	      this._store = (function() {
	        if (this.datastore === "redis" || this.datastore === "ioredis" || (this.connection != null)) {
	          storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
	          return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else if (this.datastore === "local") {
	          storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
	          return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else {
	          throw new Bottleneck.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
	        }
	      }).call(this);
	      this._queues.on("leftzero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
	      });
	      this._queues.on("zero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
	      });
	    }

	    _validateOptions(options, invalid) {
	      if (!((options != null) && typeof options === "object" && invalid.length === 0)) {
	        throw new Bottleneck.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
	      }
	    }

	    ready() {
	      return this._store.ready;
	    }

	    clients() {
	      return this._store.clients;
	    }

	    channel() {
	      return `b_${this.id}`;
	    }

	    channel_client() {
	      return `b_${this.id}_${this._store.clientId}`;
	    }

	    publish(message) {
	      return this._store.__publish__(message);
	    }

	    disconnect(flush = true) {
	      return this._store.__disconnect__(flush);
	    }

	    chain(_limiter) {
	      this._limiter = _limiter;
	      return this;
	    }

	    queued(priority) {
	      return this._queues.queued(priority);
	    }

	    clusterQueued() {
	      return this._store.__queued__();
	    }

	    empty() {
	      return this.queued() === 0 && this._submitLock.isEmpty();
	    }

	    running() {
	      return this._store.__running__();
	    }

	    done() {
	      return this._store.__done__();
	    }

	    jobStatus(id) {
	      return this._states.jobStatus(id);
	    }

	    jobs(status) {
	      return this._states.statusJobs(status);
	    }

	    counts() {
	      return this._states.statusCounts();
	    }

	    _randomIndex() {
	      return Math.random().toString(36).slice(2);
	    }

	    check(weight = 1) {
	      return this._store.__check__(weight);
	    }

	    _clearGlobalState(index) {
	      if (this._scheduled[index] != null) {
	        clearTimeout(this._scheduled[index].expiration);
	        delete this._scheduled[index];
	        return true;
	      } else {
	        return false;
	      }
	    }

	    async _free(index, job, options, eventInfo) {
	      var e, running;
	      try {
	        ({running} = (await this._store.__free__(index, options.weight)));
	        this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
	        if (running === 0 && this.empty()) {
	          return this.Events.trigger("idle");
	        }
	      } catch (error1) {
	        e = error1;
	        return this.Events.trigger("error", e);
	      }
	    }

	    _run(index, job, wait) {
	      var clearGlobalState, free, run;
	      job.doRun();
	      clearGlobalState = this._clearGlobalState.bind(this, index);
	      run = this._run.bind(this, index, job);
	      free = this._free.bind(this, index, job);
	      return this._scheduled[index] = {
	        timeout: setTimeout(() => {
	          return job.doExecute(this._limiter, clearGlobalState, run, free);
	        }, wait),
	        expiration: job.options.expiration != null ? setTimeout(function() {
	          return job.doExpire(clearGlobalState, run, free);
	        }, wait + job.options.expiration) : void 0,
	        job: job
	      };
	    }

	    _drainOne(capacity) {
	      return this._registerLock.schedule(() => {
	        var args, index, next, options, queue;
	        if (this.queued() === 0) {
	          return this.Promise.resolve(null);
	        }
	        queue = this._queues.getFirst();
	        ({options, args} = next = queue.first());
	        if ((capacity != null) && options.weight > capacity) {
	          return this.Promise.resolve(null);
	        }
	        this.Events.trigger("debug", `Draining ${options.id}`, {args, options});
	        index = this._randomIndex();
	        return this._store.__register__(index, options.weight, options.expiration).then(({success, wait, reservoir}) => {
	          var empty;
	          this.Events.trigger("debug", `Drained ${options.id}`, {success, args, options});
	          if (success) {
	            queue.shift();
	            empty = this.empty();
	            if (empty) {
	              this.Events.trigger("empty");
	            }
	            if (reservoir === 0) {
	              this.Events.trigger("depleted", empty);
	            }
	            this._run(index, next, wait);
	            return this.Promise.resolve(options.weight);
	          } else {
	            return this.Promise.resolve(null);
	          }
	        });
	      });
	    }

	    _drainAll(capacity, total = 0) {
	      return this._drainOne(capacity).then((drained) => {
	        var newCapacity;
	        if (drained != null) {
	          newCapacity = capacity != null ? capacity - drained : capacity;
	          return this._drainAll(newCapacity, total + drained);
	        } else {
	          return this.Promise.resolve(total);
	        }
	      }).catch((e) => {
	        return this.Events.trigger("error", e);
	      });
	    }

	    _dropAllQueued(message) {
	      return this._queues.shiftAll(function(job) {
	        return job.doDrop({message});
	      });
	    }

	    stop(options = {}) {
	      var done, waitForExecuting;
	      options = parser$5.load(options, this.stopDefaults);
	      waitForExecuting = (at) => {
	        var finished;
	        finished = () => {
	          var counts;
	          counts = this._states.counts;
	          return (counts[0] + counts[1] + counts[2] + counts[3]) === at;
	        };
	        return new this.Promise((resolve, reject) => {
	          if (finished()) {
	            return resolve();
	          } else {
	            return this.on("done", () => {
	              if (finished()) {
	                this.removeAllListeners("done");
	                return resolve();
	              }
	            });
	          }
	        });
	      };
	      done = options.dropWaitingJobs ? (this._run = function(index, next) {
	        return next.doDrop({
	          message: options.dropErrorMessage
	        });
	      }, this._drainOne = () => {
	        return this.Promise.resolve(null);
	      }, this._registerLock.schedule(() => {
	        return this._submitLock.schedule(() => {
	          var k, ref, v;
	          ref = this._scheduled;
	          for (k in ref) {
	            v = ref[k];
	            if (this.jobStatus(v.job.options.id) === "RUNNING") {
	              clearTimeout(v.timeout);
	              clearTimeout(v.expiration);
	              v.job.doDrop({
	                message: options.dropErrorMessage
	              });
	            }
	          }
	          this._dropAllQueued(options.dropErrorMessage);
	          return waitForExecuting(0);
	        });
	      })) : this.schedule({
	        priority: NUM_PRIORITIES$1 - 1,
	        weight: 0
	      }, () => {
	        return waitForExecuting(1);
	      });
	      this._receive = function(job) {
	        return job._reject(new Bottleneck.prototype.BottleneckError(options.enqueueErrorMessage));
	      };
	      this.stop = () => {
	        return this.Promise.reject(new Bottleneck.prototype.BottleneckError("stop() has already been called"));
	      };
	      return done;
	    }

	    async _addToQueue(job) {
	      var args, blocked, error, options, reachedHWM, shifted, strategy;
	      ({args, options} = job);
	      try {
	        ({reachedHWM, blocked, strategy} = (await this._store.__submit__(this.queued(), options.weight)));
	      } catch (error1) {
	        error = error1;
	        this.Events.trigger("debug", `Could not queue ${options.id}`, {args, options, error});
	        job.doDrop({error});
	        return false;
	      }
	      if (blocked) {
	        job.doDrop();
	        return true;
	      } else if (reachedHWM) {
	        shifted = strategy === Bottleneck.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck.prototype.strategy.OVERFLOW ? job : void 0;
	        if (shifted != null) {
	          shifted.doDrop();
	        }
	        if ((shifted == null) || strategy === Bottleneck.prototype.strategy.OVERFLOW) {
	          if (shifted == null) {
	            job.doDrop();
	          }
	          return reachedHWM;
	        }
	      }
	      job.doQueue(reachedHWM, blocked);
	      this._queues.push(job);
	      await this._drainAll();
	      return reachedHWM;
	    }

	    _receive(job) {
	      if (this._states.jobStatus(job.options.id) != null) {
	        job._reject(new Bottleneck.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
	        return false;
	      } else {
	        job.doReceive();
	        return this._submitLock.schedule(this._addToQueue, job);
	      }
	    }

	    submit(...args) {
	      var cb, fn, job, options, ref, ref1, task;
	      if (typeof args[0] === "function") {
	        ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
	        options = parser$5.load({}, this.jobDefaults);
	      } else {
	        ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
	        options = parser$5.load(options, this.jobDefaults);
	      }
	      task = (...args) => {
	        return new this.Promise(function(resolve, reject) {
	          return fn(...args, function(...args) {
	            return (args[0] != null ? reject : resolve)(args);
	          });
	        });
	      };
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      job.promise.then(function(args) {
	        return typeof cb === "function" ? cb(...args) : void 0;
	      }).catch(function(args) {
	        if (Array.isArray(args)) {
	          return typeof cb === "function" ? cb(...args) : void 0;
	        } else {
	          return typeof cb === "function" ? cb(args) : void 0;
	        }
	      });
	      return this._receive(job);
	    }

	    schedule(...args) {
	      var job, options, task;
	      if (typeof args[0] === "function") {
	        [task, ...args] = args;
	        options = {};
	      } else {
	        [options, task, ...args] = args;
	      }
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      this._receive(job);
	      return job.promise;
	    }

	    wrap(fn) {
	      var schedule, wrapped;
	      schedule = this.schedule.bind(this);
	      wrapped = function(...args) {
	        return schedule(fn.bind(this), ...args);
	      };
	      wrapped.withOptions = function(options, ...args) {
	        return schedule(options, fn, ...args);
	      };
	      return wrapped;
	    }

	    async updateSettings(options = {}) {
	      await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
	      parser$5.overwrite(options, this.instanceDefaults, this);
	      return this;
	    }

	    currentReservoir() {
	      return this._store.__currentReservoir__();
	    }

	    incrementReservoir(incr = 0) {
	      return this._store.__incrementReservoir__(incr);
	    }

	  }
	  Bottleneck.default = Bottleneck;

	  Bottleneck.Events = Events$4;

	  Bottleneck.version = Bottleneck.prototype.version = require$$8.version;

	  Bottleneck.strategy = Bottleneck.prototype.strategy = {
	    LEAK: 1,
	    OVERFLOW: 2,
	    OVERFLOW_PRIORITY: 4,
	    BLOCK: 3
	  };

	  Bottleneck.BottleneckError = Bottleneck.prototype.BottleneckError = BottleneckError_1;

	  Bottleneck.Group = Bottleneck.prototype.Group = Group_1;

	  Bottleneck.RedisConnection = Bottleneck.prototype.RedisConnection = require$$2;

	  Bottleneck.IORedisConnection = Bottleneck.prototype.IORedisConnection = require$$3;

	  Bottleneck.Batcher = Bottleneck.prototype.Batcher = Batcher_1;

	  Bottleneck.prototype.jobDefaults = {
	    priority: DEFAULT_PRIORITY$1,
	    weight: 1,
	    expiration: null,
	    id: "<no-id>"
	  };

	  Bottleneck.prototype.storeDefaults = {
	    maxConcurrent: null,
	    minTime: 0,
	    highWater: null,
	    strategy: Bottleneck.prototype.strategy.LEAK,
	    penalty: null,
	    reservoir: null,
	    reservoirRefreshInterval: null,
	    reservoirRefreshAmount: null,
	    reservoirIncreaseInterval: null,
	    reservoirIncreaseAmount: null,
	    reservoirIncreaseMaximum: null
	  };

	  Bottleneck.prototype.localStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 250
	  };

	  Bottleneck.prototype.redisStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 5000,
	    clientTimeout: 10000,
	    Redis: null,
	    clientOptions: {},
	    clusterNodes: null,
	    clearDatastore: false,
	    connection: null
	  };

	  Bottleneck.prototype.instanceDefaults = {
	    datastore: "local",
	    connection: null,
	    id: "<no-id>",
	    rejectOnDrop: true,
	    trackDoneStatus: false,
	    Promise: Promise
	  };

	  Bottleneck.prototype.stopDefaults = {
	    enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
	    dropWaitingJobs: true,
	    dropErrorMessage: "This limiter has been stopped."
	  };

	  return Bottleneck;

	}).call(commonjsGlobal);

	var Bottleneck_1 = Bottleneck;

	var lib = Bottleneck_1;

	return lib;

})));


/***/ }),

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 9954:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/action/runner.ts + 1 modules
var runner = __nccwpck_require__(9542);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __nccwpck_require__(7135);
// EXTERNAL MODULE: ./src/core/report/escape.ts
var report_escape = __nccwpck_require__(8547);
// EXTERNAL MODULE: ./src/github/checks.ts
var checks = __nccwpck_require__(6250);
// EXTERNAL MODULE: ./src/github/client.ts + 20 modules
var client = __nccwpck_require__(9308);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/action/context.ts
/** The run's context, from the environment a runner sets: event, payload, repository, run URL. */

class ContextError extends Error {
}
function readContext(env = process.env) {
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!eventName || !owner || !repo) {
        throw new ContextError('GITHUB_EVENT_NAME and GITHUB_REPOSITORY are not set: is this running in GitHub Actions?');
    }
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch (error) {
            throw new ContextError(`cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${error.message}`);
        }
    }
    const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
    const runId = env.GITHUB_RUN_ID ?? '';
    const attempt = env.GITHUB_RUN_ATTEMPT;
    return {
        eventName,
        payload,
        repo: { owner, repo },
        serverUrl,
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
        runUrl: runId
            ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`
            : `${serverUrl}/${owner}/${repo}/actions`,
        actor: env.GITHUB_ACTOR ?? 'unknown',
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
    };
}

// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __nccwpck_require__(6085);
// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __nccwpck_require__(2721);
// EXTERNAL MODULE: ./src/core/fail-on.ts
var fail_on = __nccwpck_require__(7509);
// EXTERNAL MODULE: ./src/gate/check.ts + 3 modules
var check = __nccwpck_require__(5021);
;// CONCATENATED MODULE: ./src/action/inputs.ts
/** Every input of action.yml, read once into one typed object and validated. */






class InputsError extends Error {
}
function getInputs(read = (name) => runner/* getInput */.V4(name)) {
    const text = (name, fallback) => read(name).trim() || fallback;
    const choice = (name, fallback, allowed) => {
        const value = text(name, fallback);
        if (allowed.includes(value))
            return value;
        throw new InputsError(`input '${name}' must be one of ${allowed.join(', ')}, not '${value}'`);
    };
    const flag = (name, fallback) => {
        const value = text(name, String(fallback)).toLowerCase();
        if (value === 'true')
            return true;
        if (value === 'false')
            return false;
        throw new InputsError(`input '${name}' must be true or false, not '${value}'`);
    };
    const token = read('github-token').trim();
    if (!token)
        throw new InputsError("input 'github-token' is empty: pass ${{ github.token }} or a token with the needed permissions");
    const registryBranch = text('registry-branch', 'model-registry');
    if (!/^[A-Za-z0-9._/-]+$/.test(registryBranch) || registryBranch.includes('..')) {
        throw new InputsError(`input 'registry-branch' is not a valid branch name: '${registryBranch}'`);
    }
    const manifests = text('manifests', check/* DEFAULT_MANIFESTS */.n);
    try {
        (0,glob/* pathMatcher */.kZ)(manifests);
    }
    catch (error) {
        throw new InputsError(`input 'manifests' is not a valid glob ('${manifests}'): ${(0,diagnostics/* errorMessage */.gJ)(error)}`);
    }
    return {
        token,
        manifests,
        policy: text('policy', policy/* DEFAULT_POLICY_PATH */.lo),
        registry: choice('registry', 'branch', ['branch', 'gto', 'base']),
        registryBranch,
        checkName: text('check-name', 'model-gate'),
        ...failOnOf(text('fail-on', 'fail')),
        comment: flag('comment', true),
        productionStage: text('production-stage', 'prod'),
        promoteFailed: flag('promote-failed', false),
        model: read('model').trim(),
        version: read('version').trim(),
        reason: read('reason').trim(),
        source: choice('source', 'api', ['api', 'workspace']),
    };
}
function failOnOf(value) {
    const rule = (0,fail_on/* parseFailOn */.XV)(value);
    if ('error' in rule)
        throw new InputsError(`input 'fail-on' ${rule.error}`);
    return { failOn: rule.level, missingRegistry: rule.missingRegistry };
}

;// CONCATENATED MODULE: ./src/action/run.ts
/**
 * The action's story: read the inputs and the context once, build the client, and hand the event to the
 * part that handles it. Every failure ends as one clear line, never a stack trace. Each event's handler is
 * imported when its event comes (the bundle splits them into chunks): a run loads only its own code.
 */







async function run(deps = {}) {
    try {
        const ctx = deps.context ?? readContext();
        try {
            await handle(deps, ctx);
        }
        catch (error) {
            fail(error);
            await failingCheck(deps, ctx, error);
        }
    }
    catch (error) {
        fail(error);
    }
}
function fail(error) {
    runner/* setFailed */.C1(`Model Gate: ${(0,diagnostics/* errorMessage */.gJ)(error)}`);
    if (runner/* isDebug */._o() && error instanceof Error && error.stack)
        runner/* debug */.Yz(error.stack);
}
/**
 * An error before the verdict of a pull request (a bad input, a broken registry entry, anything) still
 * leaves a failing check run with the error, when the token can write checks: a required check that never
 * comes would keep the pull request waiting forever.
 */
async function failingCheck(deps, ctx, error) {
    if (ctx.eventName !== 'pull_request' && ctx.eventName !== 'pull_request_target')
        return;
    const { CheckRunStopped } = await Promise.all(/* import() */[__nccwpck_require__.e(443), __nccwpck_require__.e(735)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1443));
    if (error instanceof CheckRunStopped)
        return; // its own check run already says why
    const headSha = ctx.payload.pull_request?.head?.sha;
    const inputs = deps.inputs ?? rawInputs();
    if (typeof headSha !== 'string' || !inputs.token)
        return;
    try {
        const api = clientOf(deps, inputs, ctx);
        await (0,checks/* createCheckRun */._U)(api, ctx.repo, {
            name: inputs.checkName,
            headSha,
            conclusion: 'failure',
            title: 'Model Gate could not check this pull request',
            summary: `Model Gate stopped before its verdict:\n\n> ${(0,report_escape/* escapeMarkdown */.FV)((0,diagnostics/* errorMessage */.gJ)(error), 2000)}\n\nFix the cause and re-run the job.`,
            detailsUrl: ctx.runUrl,
            annotations: [],
        });
    }
    catch (writeError) {
        runner/* warning */.$e(`Model Gate could not create the failing check run ${inputs.checkName}: ${(0,diagnostics/* errorMessage */.gJ)(writeError)}`);
    }
}
/** What a failing check needs when the inputs themselves did not parse: the token and the check's name. */
function rawInputs() {
    const token = runner/* getInput */.V4('github-token').trim();
    if (token)
        runner/* setSecret */.Pq(token);
    return { token, checkName: runner/* getInput */.V4('check-name').trim() || 'model-gate' };
}
async function handle(deps, ctx) {
    const inputs = deps.inputs ?? getInputs();
    runner/* setSecret */.Pq(inputs.token);
    const api = clientOf(deps, inputs, ctx);
    switch (ctx.eventName) {
        case 'pull_request':
        case 'pull_request_target': {
            const [{ checkPullRequest }, { pullRequestOf }] = await Promise.all([
                Promise.all(/* import() */[__nccwpck_require__.e(771), __nccwpck_require__.e(443), __nccwpck_require__.e(819)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1819)),
                __nccwpck_require__.e(/* import() */ 679).then(__nccwpck_require__.bind(__nccwpck_require__, 1679)),
            ]);
            const outcome = await checkPullRequest(api, ctx, inputs, pullRequestOf(ctx));
            if (outcome.failed)
                runner/* setFailed */.C1(`Model Gate: ${outcome.report.verdict} (fail-on: ${inputs.failOn})`);
            return;
        }
        case 'push': {
            const { promoteOnPush } = await Promise.all(/* import() */[__nccwpck_require__.e(771), __nccwpck_require__.e(693)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1693));
            const { failed } = await promoteOnPush(api, ctx, inputs);
            if (failed)
                runner/* setFailed */.C1('Model Gate: not every changed model was promoted (see the job summary)');
            return;
        }
        case 'workflow_dispatch': {
            const { rollbackOnDispatch } = await Promise.all(/* import() */[__nccwpck_require__.e(771), __nccwpck_require__.e(38)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7038));
            await rollbackOnDispatch(api, ctx, inputs);
            return;
        }
        case 'issue_comment': {
            const { handleComment } = await Promise.all(/* import() */[__nccwpck_require__.e(771), __nccwpck_require__.e(443), __nccwpck_require__.e(434)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6434));
            const { failed } = await handleComment(api, ctx, inputs);
            if (failed)
                runner/* setFailed */.C1('Model Gate: the gate still fails after this command');
            return;
        }
        default:
            runner/* setFailed */.C1(`Model Gate does not handle the '${ctx.eventName}' event; use pull_request, pull_request_target, push, workflow_dispatch or issue_comment`);
    }
}
function clientOf(deps, inputs, ctx) {
    if (deps.client)
        return deps.client(inputs, ctx);
    return (0,client/* createClient */.UU)({
        token: inputs.token,
        baseUrl: ctx.apiUrl,
        log: (m) => runner/* info */.pq(m),
        ...(deps.sleep ? { sleep: deps.sleep } : {}),
        ...(deps.now ? { now: deps.now } : {}),
    });
}


/***/ }),

/***/ 9542:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fe: () => (/* binding */ appendSummary),
  Yz: () => (/* binding */ debug),
  z3: () => (/* binding */ error),
  V4: () => (/* binding */ getInput),
  pq: () => (/* binding */ info),
  _o: () => (/* binding */ isDebug),
  lm: () => (/* binding */ notice),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: endGroup, keyValueMessage, randomUuid, startGroup, workflowCommand

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/action/runner.ts
/**
 * The runner's protocol for a JavaScript action, the part this action uses: inputs from INPUT_*, outputs
 * appended to $GITHUB_OUTPUT, the job summary appended to $GITHUB_STEP_SUMMARY, workflow commands on stdout
 * (::error::, ::warning::, ::notice::, ::debug::, ::add-mask::, ::group::) and the exit code. It writes what
 * @actions/core writes for the same calls, byte for byte (test/unit/runner.test.ts runs both), without
 * loading @actions/core: its OIDC client pulls an HTTP stack into every run that the action never uses.
 * https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands
 */


/** os.EOL, without loading node:os (about 5 ms at start-up). */
const EOL = process.platform === 'win32' ? '\r\n' : '\n';
/**
 * A random version 4 UUID, as crypto.randomUUID writes it, from 16 random bytes: randomUUID's first call fills
 * a pool of entropy for 128 of them, about 12 ms at start-up for the two or three an action run needs.
 */
function randomUuid() {
    const b = (0,external_node_crypto_namespaceObject.randomBytes)(16);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = b.toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
/** A value as a command or a file carries it: a string as is, nothing as '', anything else as JSON. */
function commandValue(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string' || value instanceof String)
        return String(value);
    return JSON.stringify(value);
}
const escapeData = (value) => commandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (value) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
/**
 * `::command key=value,key=value::message`. Properties without a value are left out; the space after the
 * command comes with any property key, as the toolkit writes it (the runner reads `::error ::message` too).
 */
function workflowCommand(command, properties, message) {
    const keys = Object.keys(properties);
    const props = keys
        .filter((key) => properties[key])
        .map((key) => `${key}=${escapeProperty(properties[key])}`);
    return `::${command}${keys.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}`;
}
function issue(command, properties, message) {
    process.stdout.write(workflowCommand(command, properties, message) + EOL);
}
/** The runner's names of an annotation's properties. */
function annotation(p) {
    if (!Object.keys(p).length)
        return {};
    return {
        title: p.title,
        file: p.file,
        line: p.startLine,
        endLine: p.endLine,
        col: p.startColumn,
        endColumn: p.endColumn,
    };
}
/** An input as the runner passes it (INPUT_ and the name upper-cased, spaces as '_'), trimmed. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/**
 * `name<<DELIMITER`, the value, `DELIMITER`: a multi-line value in an environment file. The delimiter is
 * random, and neither the name nor the value may contain it.
 */
function keyValueMessage(name, value, delimiter = `ghadelimiter_${randomUuid()}`) {
    const text = commandValue(value);
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (text.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}`;
}
/** A step output: appended to $GITHUB_OUTPUT (or, without one, the old ::set-output:: command). */
function setOutput(name, value) {
    const path = process.env.GITHUB_OUTPUT || '';
    if (!path) {
        process.stdout.write(EOL);
        issue('set-output', { name }, commandValue(value));
        return;
    }
    if (!(0,external_node_fs_.existsSync)(path))
        throw new Error(`Missing file at path: ${path}`);
    (0,external_node_fs_.appendFileSync)(path, `${keyValueMessage(name, value)}${EOL}`, { encoding: 'utf8' });
}
/** Markdown appended to the job summary ($GITHUB_STEP_SUMMARY), which must exist and be writable. */
async function appendSummary(markdown) {
    const path = process.env.GITHUB_STEP_SUMMARY;
    if (!path) {
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    }
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
    }
    (0,external_node_fs_.appendFileSync)(path, markdown, { encoding: 'utf8' });
}
/** The runner masks this value in every later line of the log. */
function setSecret(secret) {
    issue('add-mask', {}, secret);
}
function info(message) {
    process.stdout.write(message + EOL);
}
function isDebug() {
    return process.env.RUNNER_DEBUG === '1';
}
function debug(message) {
    issue('debug', {}, message);
}
function error(message, properties = {}) {
    issue('error', annotation(properties), message);
}
function warning(message, properties = {}) {
    issue('warning', annotation(properties), message);
}
function notice(message, properties = {}) {
    issue('notice', annotation(properties), message);
}
/** An error annotation, and the step fails (exit code 1) when the run ends. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function startGroup(name) {
    issue('group', {}, name);
}
function endGroup() {
    issue('endgroup', {}, '');
}


/***/ }),

/***/ 7580:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  E8: () => (/* binding */ baselineDigest),
  l0: () => (/* binding */ compareModel),
  V8: () => (/* binding */ invalidModel),
  Y5: () => (/* binding */ removedModel),
  ZH: () => (/* binding */ runVerdict),
  QZ: () => (/* binding */ worst)
});

// UNUSED EXPORTS: MIN_SIGNIFICANCE_SAMPLE, compareMetric, evaluationDataChange, noiseChanges

// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __nccwpck_require__(7135);
// EXTERNAL MODULE: ./src/core/lookalike.ts
var lookalike = __nccwpck_require__(9814);
// EXTERNAL MODULE: ./src/core/manifest.ts
var manifest = __nccwpck_require__(4414);
// EXTERNAL MODULE: ./src/core/metrics.ts
var metrics = __nccwpck_require__(3010);
// EXTERNAL MODULE: ./src/core/names.ts
var names = __nccwpck_require__(2483);
// EXTERNAL MODULE: ./src/core/policy.ts
var core_policy = __nccwpck_require__(2721);
;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: ./src/core/digest.ts
/**
 * The digest of a production version (see baselineDigest in compare.ts): the 64-bit FNV-1a of
 * JSON.stringify([version, snapshot, metrics]), metrics an object of the values by name in code-unit order.
 * Acceptances store it, so the text hashed may never change. That text is never built: the hash is fed
 * what JSON.stringify would write, piece by piece, as the values are walked. Anything that is not plain
 * data (a toJSON method, a class instance, a boxed value, a nesting deeper than MAX_DEPTH) is handed to
 * JSON.stringify itself, and its text is fed instead.
 */

/** The digest of a production version: fnv1a(JSON.stringify([version, snapshot, metrics])), as 16 hex digits. */
function digest(version, snapshot, metrics) {
    const hash = new Fnv1a();
    hash.add('[');
    hash.add(jsonText(version) ?? 'null');
    hash.add(',');
    hash.value(snapshot);
    hash.add(',');
    hash.metrics(metrics);
    hash.add(']');
    return hash.hex();
}
/** 64-bit FNV-1a of the UTF-16 code units of text, as 16 hex digits. */
function fnv1a(text) {
    const hash = new Fnv1a();
    hash.add(text);
    return hash.hex();
}
/** Beyond this nesting, a value goes to JSON.stringify (which also reports a cycle as it always has). */
const MAX_DEPTH = 200;
/** From this length on, a text is copied into `units` at once and hashed from there: charCodeAt costs more. */
const LONG = 32;
let units = new Uint16Array(4096);
let unitBytes = external_node_buffer_namespaceObject.Buffer.from(units.buffer);
/** Constant texts as their code units: a typed array reads faster than charCodeAt. */
const codesOf = (text) => Uint16Array.from(text, (c) => c.charCodeAt(0));
/** What comes before a member's name: the first, a next one, a next one after a metric {value: number}. */
const FIRST = codesOf('{"');
const NEXT = codesOf(',"');
const NEXT_AFTER_VALUE = codesOf('},"');
/** What comes after a member's name: its value, or a metric's {value: number}. */
const COLON = codesOf('":');
const VALUE_KEY = codesOf('":{"value":');
/**
 * 64-bit FNV-1a over UTF-16 code units, fed piece by piece: a content fingerprint (not a security
 * boundary: the base is trusted). The state is three limbs, every product exact in 32 bits: lo and mid of
 * 16 bits, hi of 32 (its product by Math.imul, mod 2^32). The prime is 2^40 + 0x1b3, so h * prime is
 * h * 0x1b3 plus h shifted up by 40 bits, mod 2^64: lo lands 8 bits up in hi, mid 24 bits up, hi beyond.
 */
class Fnv1a {
    lo = 0x2325;
    mid = 0x8422;
    hi = 0xcbf29ce4 | 0;
    /** Feeds every code unit of text. */
    add(text) {
        if (text.length >= LONG)
            return this.addLong(text);
        let lo = this.lo;
        let mid = this.mid;
        let hi = this.hi;
        for (let i = 0; i < text.length; i++) {
            lo ^= text.charCodeAt(i);
            const tl = lo * 0x1b3;
            const tm = mid * 0x1b3 + (tl >>> 16);
            hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (mid << 24) + (tm >>> 16)) | 0;
            lo = tl & 0xffff;
            mid = tm & 0xffff;
        }
        this.lo = lo;
        this.mid = mid;
        this.hi = hi;
    }
    /** add for a long text: its code units copied into `units` by one native write (lone surrogates kept). */
    addLong(text) {
        const n = text.length;
        if (n > units.length) {
            units = new Uint16Array(Math.max(n, 2 * units.length));
            unitBytes = external_node_buffer_namespaceObject.Buffer.from(units.buffer);
        }
        unitBytes.write(text, 0, 'utf16le');
        const codes = units;
        let lo = this.lo;
        let mid = this.mid;
        let hi = this.hi;
        for (let i = 0; i < n; i++) {
            lo ^= codes[i];
            const tl = lo * 0x1b3;
            const tm = mid * 0x1b3 + (tl >>> 16);
            hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (mid << 24) + (tm >>> 16)) | 0;
            lo = tl & 0xffff;
            mid = tm & 0xffff;
        }
        this.lo = lo;
        this.mid = mid;
        this.hi = hi;
    }
    /**
     * Feeds JSON.stringify(text): the quotes and the code units as they are, or, for a string with a quote,
     * a backslash, a control character or a surrogate (what JSON.stringify may escape), its JSON text.
     */
    quoted(text) {
        if (text.length >= LONG) {
            if (NEEDS_ESCAPE.test(text))
                return this.addLong(JSON.stringify(text));
            this.add('"');
            this.addLong(text);
            this.add('"');
            return;
        }
        let lo = this.lo ^ 0x22; // the opening quote
        let mid = this.mid;
        let hi = this.hi;
        for (let i = -1; i < text.length; i++) {
            if (i >= 0) {
                const c = text.charCodeAt(i);
                if (c < 0x20 || c === 0x22 || c === 0x5c || (c & 0xf800) === 0xd800) {
                    this.add(JSON.stringify(text)); // the state is still what it was before the string
                    return;
                }
                lo ^= c;
            }
            const tl = lo * 0x1b3;
            const tm = mid * 0x1b3 + (tl >>> 16);
            hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (mid << 24) + (tm >>> 16)) | 0;
            lo = tl & 0xffff;
            mid = tm & 0xffff;
        }
        this.lo = lo;
        this.mid = mid;
        this.hi = hi;
        this.add('"');
    }
    /** Feeds JSON.stringify(value) ?? 'null'. */
    value(value) {
        const { lo, mid, hi } = this;
        if (this.plain(value, 0))
            return;
        this.lo = lo;
        this.mid = mid;
        this.hi = hi;
        this.add(JSON.stringify(value) ?? 'null');
    }
    /**
     * Feeds JSON.stringify(value) if value is plain data (value is not undefined, a function or a symbol):
     * false, the state then undefined, when it is not.
     */
    plain(value, depth) {
        switch (typeof value) {
            case 'number':
                this.add(Number.isFinite(value) ? String(value) : 'null');
                return true;
            case 'string':
                this.quoted(value);
                return true;
            case 'boolean':
                this.add(value ? 'true' : 'false');
                return true;
            case 'object':
                if (value === null) {
                    this.add('null');
                    return true;
                }
                if (depth >= MAX_DEPTH || typeof value.toJSON === 'function')
                    return false;
                if (Array.isArray(value))
                    return this.array(value, depth);
                return isPlainObject(value) && this.object(value, depth);
            default:
                return false;
        }
    }
    array(items, depth) {
        this.add('[');
        for (let i = 0; i < items.length; i++) {
            if (i)
                this.add(',');
            const item = items[i];
            if (isSkipped(item))
                this.add('null');
            else if (!this.plain(item, depth + 1))
                return false;
        }
        this.add(']');
        return true;
    }
    /**
     * The names and the values in two native calls, both in the order JSON.stringify lists them (own
     * enumerable string keys), not one property lookup per name: a mapping of hundreds of names is a
     * dictionary. The parsers make data properties only; a getter that removed a name would show here as
     * lists of two lengths, and the object then goes to JSON.stringify.
     */
    object(map, depth) {
        const keys = Object.keys(map);
        const values = Object.values(map);
        if (keys.length !== values.length)
            return false;
        let before = FIRST;
        for (let i = 0; i < keys.length; i++) {
            const item = values[i];
            if (isSkipped(item))
                continue;
            this.member(before, keys[i], COLON);
            before = NEXT;
            if (!this.plain(item, depth + 1))
                return false;
        }
        this.add(before === FIRST ? '{}' : '}');
        return true;
    }
    /**
     * Feeds JSON.stringify of an object holding each metric's value under its name, names added in code-unit
     * order (what Array.prototype.sort does without a comparator). Like any object, it lists its array-index
     * names ('0', '17', ...) first, in numeric order. Names already in that order are not sorted again.
     */
    metrics(metrics) {
        // With no enumerable name on Object.prototype, for-in over a metric lists its own enumerable names.
        let clean = true;
        for (const _ in Object.prototype)
            clean = false;
        let before = FIRST;
        const names = jsonOrder(metrics);
        if (names === undefined) {
            for (const [name, located] of metrics)
                before = this.metric(before, name, located.metric, clean);
        }
        else {
            for (const name of names)
                before = this.metric(before, name, metrics.get(name).metric, clean);
        }
        this.add(before === FIRST ? '{}' : before === NEXT ? '}' : '}}');
    }
    /** Feeds one metric of metrics() with what comes before it: returns what comes before the next one. */
    metric(before, name, metric, clean) {
        const value = clean ? onlyValue(metric) : undefined;
        if (value !== undefined) {
            this.member(before, name, VALUE_KEY);
            this.add(Number.isFinite(value) ? String(value) : 'null');
            return NEXT_AFTER_VALUE; // the closing brace of {"value": ...} is fed with what follows
        }
        const text = jsonText(metric);
        if (text === undefined)
            return before;
        this.member(before, name, COLON);
        this.add(text);
        return NEXT;
    }
    /**
     * Feeds before, name and after: before ends with a quote and after starts with one, so this is a member's
     * name as JSON.stringify writes it. A name with what JSON.stringify may escape (see quoted) is written
     * by JSON.stringify, without its quotes; a long one is fed by add (from a copy).
     */
    member(before, name, after) {
        const n = name.length;
        for (let i = 0; i < n; i++) {
            const c = name.charCodeAt(i);
            if (c < 0x20 || c === 0x22 || c === 0x5c || (c & 0xf800) === 0xd800 || n >= LONG) {
                this.codes(before);
                this.add(NEEDS_ESCAPE.test(name) ? JSON.stringify(name).slice(1, -1) : name);
                this.codes(after);
                return;
            }
        }
        let lo = this.lo;
        let mid = this.mid;
        let hi = this.hi;
        for (let i = 0; i < before.length; i++) {
            lo ^= before[i];
            const tl = lo * 0x1b3;
            const tm = mid * 0x1b3 + (tl >>> 16);
            hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (mid << 24) + (tm >>> 16)) | 0;
            lo = tl & 0xffff;
            mid = tm & 0xffff;
        }
        for (let i = 0; i < n; i++) {
            lo ^= name.charCodeAt(i);
            const tl = lo * 0x1b3;
            const tm = mid * 0x1b3 + (tl >>> 16);
            hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (mid << 24) + (tm >>> 16)) | 0;
            lo = tl & 0xffff;
            mid = tm & 0xffff;
        }
        for (let i = 0; i < after.length; i++) {
            lo ^= after[i];
            const tl = lo * 0x1b3;
            const tm = mid * 0x1b3 + (tl >>> 16);
            hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (mid << 24) + (tm >>> 16)) | 0;
            lo = tl & 0xffff;
            mid = tm & 0xffff;
        }
        this.lo = lo;
        this.mid = mid;
        this.hi = hi;
    }
    /** add for a text given as its code units (a constant: a typed array reads faster than charCodeAt). */
    codes(codes) {
        let lo = this.lo;
        let mid = this.mid;
        let hi = this.hi;
        for (let i = 0; i < codes.length; i++) {
            lo ^= codes[i];
            const tl = lo * 0x1b3;
            const tm = mid * 0x1b3 + (tl >>> 16);
            hi = (Math.imul(hi, 0x1b3) + (lo << 8) + (mid << 24) + (tm >>> 16)) | 0;
            lo = tl & 0xffff;
            mid = tm & 0xffff;
        }
        this.lo = lo;
        this.mid = mid;
        this.hi = hi;
    }
    hex() {
        return hex8(this.hi) + hex8((this.mid << 16) | this.lo);
    }
}
/**
 * The names of metrics in code-unit order, array indexes first in numeric order, as an object lists them;
 * undefined when the map's own order is that already (sorted names, none an array index): checked in one pass.
 */
function jsonOrder(metrics) {
    let previous;
    let ordered = true;
    for (const name of metrics.keys()) {
        if ((previous !== undefined && previous >= name) || isArrayIndex(name)) {
            ordered = false;
            break;
        }
        previous = name;
    }
    if (ordered)
        return undefined;
    const names = [...metrics.keys()].sort();
    if (!names.some(isArrayIndex))
        return names;
    const indexes = names.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b));
    return [...indexes, ...names.filter((n) => !isArrayIndex(n))];
}
function hex8(word) {
    return (word >>> 0).toString(16).padStart(8, '0');
}
/** What JSON.stringify leaves out of an object, and writes as null in an array. */
function isSkipped(value) {
    const type = typeof value;
    return type === 'undefined' || type === 'function' || type === 'symbol';
}
/**
 * The value of the usual metric {value: number}, when that is all JSON.stringify would see of it: a plain
 * object whose only enumerable name is value (for-in lists no inherited name: see metrics()), no toJSON.
 */
function onlyValue(metric) {
    if (Object.getPrototypeOf(metric) !== Object.prototype)
        return undefined;
    let count = 0;
    for (const key in metric)
        if (key !== 'value' || ++count > 1)
            return undefined;
    const value = metric.value;
    if (count !== 1 || typeof value !== 'number' || 'toJSON' in metric)
        return undefined;
    return value;
}
/** A canonical array index, '0' to '4294967294': the property names an object lists first. */
function isArrayIndex(name) {
    const first = name.charCodeAt(0);
    if (first < 48 || first > 57 || name.length > 10)
        return false;
    if (!/^(?:0|[1-9][0-9]*)$/.test(name))
        return false;
    return Number(name) < 4294967295;
}
/** What JSON.stringify quotes or escapes: a quote, a backslash, a control character, a surrogate. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
function quoted(text) {
    return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}
/**
 * JSON.stringify(value), byte for byte. Numbers, strings, booleans, null, arrays and objects of plain
 * data are written here; anything else (a toJSON method, a class instance, a boxed value) goes to
 * JSON.stringify itself.
 */
function jsonText(value) {
    switch (typeof value) {
        case 'number':
            return Number.isFinite(value) ? String(value) : 'null';
        case 'string':
            return quoted(value);
        case 'boolean':
            return value ? 'true' : 'false';
        case 'object':
            if (value === null)
                return 'null';
            if (typeof value.toJSON === 'function')
                return JSON.stringify(value);
            if (Array.isArray(value))
                return arrayText(value);
            if (isPlainObject(value))
                return objectText(value);
            return JSON.stringify(value);
        default:
            return JSON.stringify(value);
    }
}
function isPlainObject(value) {
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
function arrayText(items) {
    let text = '';
    for (let i = 0; i < items.length; i++)
        text += `${i ? ',' : ''}${jsonText(items[i]) ?? 'null'}`;
    return `[${text}]`;
}
function objectText(map) {
    let text = '';
    for (const key of Object.keys(map)) {
        const value = jsonText(map[key]);
        if (value === undefined)
            continue;
        text += `${text ? ',' : ''}${quoted(key)}:${value}`;
    }
    return `{${text}}`;
}

// EXTERNAL MODULE: ./src/core/snapshot-diff.ts
var snapshot_diff = __nccwpck_require__(5419);
;// CONCATENATED MODULE: ./src/core/stats.ts
const Z_95 = 1.959963984540054;
/**
 * Standard error of a measured value: from std and n, else from a 95% confidence interval, else, for a
 * proportion in [0, 1] with a sample size, from the binomial variance. Undefined when the value carries
 * no noise information.
 */
function standardError(m) {
    if (m.std !== undefined && m.n !== undefined)
        return m.std / Math.sqrt(m.n);
    if (m.ci)
        return (m.ci[1] - m.ci[0]) / (2 * Z_95);
    if (m.std !== undefined)
        return m.std;
    if (m.n !== undefined && m.value >= 0 && m.value <= 1)
        return Math.sqrt((m.value * (1 - m.value)) / m.n);
    return undefined;
}
/**
 * Two-sided p-value that the candidate differs from the baseline, or undefined when the baseline has no noise
 * information. The baseline's noise is trusted; the candidate's comes from the pull request, so it may never
 * claim more noise than the baseline (a huge `std` must not turn a failure into a warning).
 */
function pValueOfDifference(baseline, candidate) {
    const sa = standardError(baseline);
    if (sa === undefined)
        return undefined;
    const sb = Math.min(standardError(candidate) ?? sa, sa);
    const a = baseline;
    const b = candidate;
    const se = Math.sqrt(sa * sa + sb * sb);
    if (se === 0)
        return a.value === b.value ? 1 : 0;
    const z = Math.abs(a.value - b.value) / se;
    return 2 * (1 - normalCdf(z));
}
/** Standard normal CDF (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
function normalCdf(z) {
    const x = Math.abs(z) / Math.SQRT2;
    const t = 1 / (1 + 0.3275911 * x);
    const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
    const erf = 1 - poly * Math.exp(-x * x);
    return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __nccwpck_require__(6085);
;// CONCATENATED MODULE: ./src/core/trend.ts


/** At most this many metrics are charted per model. */
const CHART_MAX_METRICS = 4;
/** At most this many points per chart: the newest production versions, then the candidate. */
const CHART_MAX_POINTS = 20;
/** The trend of the given metrics; undefined when there is nothing to draw. */
function buildTrend(input) {
    const room = CHART_MAX_POINTS - (input.candidate ? 1 : 0);
    const history = input.history.slice(-room);
    const points = input.candidate ? [...history, input.candidate] : history;
    if (points.length === 0 || input.metrics.length === 0)
        return undefined;
    const production = input.production ?? input.history.at(-1)?.metrics;
    const series = input.metrics.map((metric) => {
        const rule = input.rule(metric);
        const threshold = thresholdOf(rule, production?.[metric]?.value);
        return {
            metric,
            better: rule.better,
            values: points.map((p) => p.metrics[metric]?.value),
            ...(threshold ? { threshold } : {}),
        };
    });
    return {
        labels: points.map((p) => p.version),
        candidate: input.candidate !== undefined,
        series,
        omitted: input.history.length - history.length,
    };
}
/** The value a candidate must stay on the right side of, given production's value. */
function thresholdOf(rule, production) {
    const higher = rule.better === 'higher';
    let out;
    if (production !== undefined && rule.fail) {
        const amount = (0,core_policy/* toleranceAmount */.Ev)(rule.fail, production);
        out = { value: higher ? production - amount : production + amount, kind: 'fail' };
    }
    const bound = higher ? rule.min : rule.max;
    if (bound !== undefined && (out === undefined || (higher ? bound > out.value : bound < out.value))) {
        out = { value: bound, kind: higher ? 'min' : 'max' };
    }
    return out;
}
/**
 * Which metrics to chart: the policy's `chart` list (names or globs) when it sets one, else the metrics that
 * failed, then those that warned, then the required ones; only metrics with a value somewhere, at most
 * CHART_MAX_METRICS. With neither a list nor a verdict (a history), the first metrics production reports.
 */
function chartMetricNames(input) {
    const { available, configured, comparisons } = input;
    const has = new Set(available);
    if (!configured && comparisons)
        return chartedByVerdict(comparisons, input.required, (m) => has.has(m));
    let wanted;
    if (configured) {
        wanted = configured.flatMap((p) => (has.has(p) ? [p] : available.filter((m) => (0,glob/* matchGlob */.sB)(p, m, '.'))));
    }
    else {
        wanted = input.required.length ? [...input.required] : [...available];
    }
    return [...new Set(wanted)].filter((m) => has.has(m)).slice(0, CHART_MAX_METRICS);
}
/**
 * chartMetricNames without a configured list: the metrics that failed, then those that warned, then the
 * required ones; each once, only those `has` says have a value, at most CHART_MAX_METRICS. Stops reading
 * the comparisons once the chart is full.
 */
function chartedByVerdict(comparisons, required, has) {
    const out = [];
    const take = (m) => {
        if (!out.includes(m) && has(m))
            out.push(m);
    };
    for (let i = 0; i < comparisons.length && out.length < CHART_MAX_METRICS; i++) {
        const c = comparisons[i];
        if (c.level === 'fail')
            take(c.name);
    }
    for (let i = 0; i < comparisons.length && out.length < CHART_MAX_METRICS; i++) {
        const c = comparisons[i];
        if (c.level === 'warn')
            take(c.name);
    }
    for (let i = 0; i < required.length && out.length < CHART_MAX_METRICS; i++)
        take(required[i]);
    return out;
}
/** Every metric name with a value at some point, in first-seen order. */
function metricNamesOf(points) {
    return [...new Set(points.flatMap((p) => Object.keys(p.metrics)))];
}

;// CONCATENATED MODULE: ./src/core/compare.ts
/**
 * The comparison: a verdict per metric, per model and per run, and the snapshot diff of everything else.
 * Pure: takes validated manifests and a policy, returns data for the renderers.
 */










const LEVEL_RANK = { pass: 0, warn: 1, fail: 2 };
function worst(levels) {
    let out = 'pass';
    for (const l of levels)
        if (LEVEL_RANK[l] > LEVEL_RANK[out])
            out = l;
    return out;
}
/** Relative slack so that 0.912 - 0.902 is not "more than 0.01". */
function slack(a, b) {
    return 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}
/**
 * Below this many samples a baseline's noise is not trusted to soften a failure: a production version
 * measured on a handful of examples says little about how noisy the metric is.
 */
const MIN_SIGNIFICANCE_SAMPLE = 30;
function compareModel(input) {
    const { candidate, baseline, policy } = input;
    const notes = [];
    const warnings = [...(input.baselineWarnings ?? []), ...(input.candidateWarnings ?? [])];
    const evalChange = baseline ? evaluationDataChange(baseline.manifest, candidate.manifest) : undefined;
    if (evalChange)
        notes.push(evaluationNote(evalChange, policy));
    if (input.renamedFrom) {
        warnings.push(`renamed from ${input.renamedFrom}: compared with ${input.renamedFrom}'s production; the new name starts its own history when promoted`);
    }
    // Compiled once for the model: each metric's rule is resolved once, so a comparison is arithmetic.
    const rules = (0,core_policy/* policyFor */.KV)(policy, candidate.manifest.name);
    const plan = new Comparisons(candidate, baseline, rules, {
        evaluationChanged: evalChange || undefined,
        comparability: policy.comparability,
        alpha: policy.significance?.alpha,
    });
    for (const note of plan.notes)
        notes.push(note);
    const { metrics, noise } = plan;
    for (const warning of noise.warnings)
        warnings.push(warning);
    const changes = baseline ? (0,snapshot_diff/* diffSnapshots */.V)(baseline.manifest.snapshot, candidate.manifest.snapshot) : [];
    if (baseline && changes.length && (0,names/* sameVersion */.r1)(baseline.manifest.version, candidate.manifest.version))
        notes.push(`version ${candidate.manifest.version} is unchanged but the snapshot differs`);
    let gateVerdict = plan.errors.length ? 'fail' : warnings.length ? 'warn' : 'pass';
    for (let i = 0; i < metrics.length && gateVerdict !== 'fail'; i++) {
        const level = metrics[i].level;
        if (LEVEL_RANK[level] > LEVEL_RANK[gateVerdict])
            gateVerdict = level;
    }
    const acceptance = gateVerdict === 'pass' ? undefined : input.acceptance;
    const trend = baseline ? trendOf(candidate, baseline, rules, metrics) : undefined;
    return {
        ...identity(input),
        metrics,
        changes: [...changes, ...noise.changes],
        errors: plan.errors,
        ...(warnings.length ? { warnings } : {}),
        notes,
        ...(candidate.skipped?.length ? { skipped: candidate.skipped } : {}),
        ...(acceptance?.kind === 'held' ? { accepted: acceptance.acceptance } : {}),
        ...(acceptance?.kind === 'lapsed' ? { acceptanceLapsed: acceptance.why } : {}),
        gateVerdict,
        verdict: acceptance?.kind === 'held' ? 'pass' : gateVerdict,
        ...(trend ? { trend } : {}),
    };
}
/** Which model, against which production, and why it was checked. */
function identity({ candidate, baseline, renamedFrom, checkedBecause, ...given }) {
    return {
        name: candidate.manifest.name,
        path: candidate.manifest.file,
        status: baseline ? 'changed' : 'new',
        candidateVersion: candidate.manifest.version,
        ...(baseline
            ? {
                baselineVersion: baseline.manifest.version,
                baselineSource: baseline.source,
                baselineDigest: given.baselineDigest ?? baselineDigest(baseline),
            }
            : {}),
        ...(baseline?.promoted ? { baselinePromoted: baseline.promoted } : {}),
        ...(renamedFrom ? { renamedFrom, identity: 'renamed' } : {}),
        ...(checkedBecause?.length ? { checkedBecause } : {}),
    };
}
function evaluationNote(change, policy) {
    return policy.comparability === 'warn'
        ? `evaluation data changed (${change}): metrics are not comparable (comparability: warn)`
        : `evaluation data changed (${change}): a metric that crosses its fail threshold still fails; the others are not comparable`;
}
/**
 * What the production version is, for an acceptance: its version and a digest of its snapshot and
 * metrics, whatever backend it came from. An acceptance holds only while production is still this.
 * The text hashed is JSON.stringify([version, snapshot, metrics]), metrics an object of the values by
 * name in code-unit order; it is stored in acceptances, so it may never change.
 */
function baselineDigest(baseline) {
    const { version, snapshot } = baseline.manifest;
    return `${(0,names/* normalizeVersion */.Qj)(version)}#${digest(version, snapshot, baseline.metrics)}`;
}
/**
 * One model's comparisons, in one pass over the candidate's metrics and one over production's: every
 * candidate metric; every production metric the candidate lacks; every required metric. A declared rename
 * adds a comparison with the old name's production value under the old name's rule, and covers the old
 * name's "missing". A new name that only looks like a missing production metric is an error naming both.
 * The pass over the candidate also collects how each metric's noise moved (see noiseChanges).
 */
class Comparisons {
    candidate;
    baseline;
    rules;
    settings;
    metrics = [];
    errors = [];
    notes = [];
    noise = { changes: [], warnings: [] };
    covered = new Set();
    required;
    constructor(candidate, baseline, rules, settings) {
        this.candidate = candidate;
        this.baseline = baseline;
        this.rules = rules;
        this.settings = settings;
        this.required = new Set(rules.required);
        const found = this.candidateMetrics();
        const missing = this.missingMetrics(found);
        for (const name of this.required) {
            if (!candidate.metrics.has(name) && !baseline?.metrics.has(name) && !this.covered.has(name))
                this.compare(name, undefined, undefined, name, true, undefined);
        }
        for (const error of lookalikeErrors(candidate, baseline, missing))
            this.errors.push(error);
    }
    /** A comparison per candidate metric (two for a rename); how many of them production has. */
    candidateMetrics() {
        const before = this.baseline?.metrics;
        const anyRequired = this.required.size > 0;
        let found = 0;
        for (const [name, m] of this.candidate.metrics) {
            if (m.renamedFrom !== undefined && this.renamed(name, m, m.renamedFrom))
                continue;
            const value = before?.get(name)?.metric;
            if (value) {
                found++;
                noiseOf(name, value, m.metric, this.noise.changes, this.noise.warnings);
            }
            this.compare(name, m, value, name, anyRequired && this.required.has(name), undefined);
        }
        return found;
    }
    /** The comparison a declared rename adds, if production has the old name; true when the new name needs no other. */
    renamed(name, m, old) {
        const oldValue = this.baseline?.metrics.get(old)?.metric;
        if (this.candidate.metrics.has(old)) {
            this.errors.push(at(m, `metric ${(0,diagnostics/* quote */.hD)(name)} declares renamed_from ${(0,diagnostics/* quote */.hD)(old)}, but ${(0,diagnostics/* quote */.hD)(old)} is still reported`));
        }
        if (oldValue) {
            this.covered.add(old);
            this.compare(name, m, oldValue, old, this.required.has(old) || this.required.has(name), old);
            return !this.baseline?.metrics.has(name);
        }
        if (this.baseline)
            this.notes.push(`${name} declares renamed_from ${old}, but production has no metric ${old}`);
        return false;
    }
    /** Production's metrics the candidate lacks, each compared as missing; none when the candidate had them all. */
    missingMetrics(found) {
        const missing = [];
        const baseline = this.baseline;
        if (!baseline || found === baseline.metrics.size)
            return missing;
        for (const [name, m] of baseline.metrics) {
            if (this.candidate.metrics.has(name) || this.covered.has(name))
                continue;
            missing.push(name);
            this.compare(name, undefined, m.metric, name, this.required.has(name), undefined);
        }
        return missing;
    }
    compare(name, located, baseline, ruleName, required, renamedFrom) {
        const { rule, named } = this.rules.resolve(ruleName);
        this.metrics.push(comparison(name, located, baseline, rule, required, named, renamedFrom, this.settings));
    }
}
function at(m, message) {
    return new diagnostics/* InputError */.dz({ file: m.file, ...(m.line ? { line: m.line } : {}) }, message);
}
/** A new metric that reads like a production metric the candidate lacks: a rename no reader would see. */
function lookalikeErrors(candidate, baseline, missing) {
    if (!baseline || missing.length === 0)
        return [];
    const bySkeleton = new Map(missing.map((name) => [(0,lookalike/* skeleton */.qV)(name), name]));
    const errors = [];
    for (const [name, m] of candidate.metrics) {
        if (baseline.metrics.has(name))
            continue;
        const twin = bySkeleton.get((0,lookalike/* skeleton */.qV)(name));
        if (twin !== undefined && twin !== name) {
            errors.push(at(m, `metric ${(0,diagnostics/* quote */.hD)((0,lookalike/* visible */.RK)(name))} looks like production's ${(0,diagnostics/* quote */.hD)(twin)} but is a different name: write ${(0,diagnostics/* quote */.hD)(twin)}, or declare renamed_from: ${twin}`));
        }
    }
    return errors;
}
/** How the noise a metric carries moved: every change to n, std and ci, and a warning when it widened. */
function noiseChanges(before, after) {
    const changes = [];
    const warnings = [];
    for (const [name, b] of after) {
        const a = before.get(name)?.metric;
        if (a)
            noiseOf(name, a, b.metric, changes, warnings);
    }
    return { changes, warnings };
}
/** How one metric's noise moved between production (a) and the candidate (c). */
function noiseOf(name, a, c, changes, warnings) {
    if (a.n !== c.n || a.std !== c.std || a.ci !== c.ci) {
        for (const key of NOISE_KEYS)
            noiseChange(name, key, a[key], c[key], changes);
    }
    if (a.n === undefined && a.std === undefined && a.ci === undefined)
        return;
    const widened = widening(a, c);
    if (widened)
        warnings.push(`${name}: ${widened}: significance tests will treat the metric as noisier`);
}
const NOISE_KEYS = ['n', 'std', 'ci'];
function noiseChange(name, key, x, y, changes) {
    if (sameJson(x, y))
        return;
    const change = {
        section: 'metrics',
        key: `${name}.${key}`,
        kind: x === undefined ? 'added' : y === undefined ? 'removed' : 'changed',
    };
    if (x !== undefined)
        change.before = x;
    if (y !== undefined)
        change.after = y;
    changes.push(change);
}
/** JSON.stringify(x) === JSON.stringify(y), without the text for the usual cases: the same number, equal [lo, hi]. */
function sameJson(x, y) {
    if (x === y)
        return true;
    if (Array.isArray(x) &&
        Array.isArray(y) &&
        x.length === 2 &&
        y.length === 2 &&
        x[0] === y[0] &&
        x[1] === y[1])
        return true;
    return JSON.stringify(x) === JSON.stringify(y);
}
function widening(a, c) {
    if (a.n !== undefined && c.n !== undefined && c.n < a.n / 2)
        return `sample size n ${a.n} → ${c.n} shrank by more than half`;
    const sa = standardError(a);
    const sc = standardError(c);
    if (sa !== undefined && sc !== undefined && sc > 2 * sa)
        return `standard error ${sa.toPrecision(3)} → ${sc.toPrecision(3)} grew more than 2x`;
    return undefined;
}
/** The chart's data: production's history (or production alone), then the candidate. */
function trendOf(candidate, baseline, rules, comparisons) {
    const history = baseline.history?.length ? baseline.history : undefined;
    const chosen = rules.chart
        ? chartMetricNames({
            // Globs are matched over every name, in first-seen order.
            available: metricNamesOf([
                ...(history ?? [{ metrics: (0,metrics/* metricValues */.tZ)(baseline.metrics) }]),
                { metrics: (0,metrics/* metricValues */.tZ)(candidate.metrics) },
            ]),
            configured: rules.chart,
            comparisons,
            required: rules.required,
        })
        : chartedByVerdict(comparisons, rules.required, (m) => {
            if (candidate.metrics.has(m))
                return true;
            if (!history)
                return baseline.metrics.has(m);
            return history.some((p) => Object.prototype.propertyIsEnumerable.call(p.metrics, m));
        });
    // The points need the values of the charted metrics only.
    const production = valuesOf(baseline.metrics, chosen);
    return buildTrend({
        history: history ?? [{ version: baseline.manifest.version, metrics: production }],
        candidate: { version: candidate.manifest.version, metrics: valuesOf(candidate.metrics, chosen) },
        production,
        metrics: chosen,
        rule: chartRules(comparisons, chosen, rules),
    });
}
/** metricValues restricted to some names. */
function valuesOf(metrics, names) {
    const out = {};
    for (const name of names) {
        const m = metrics.get(name);
        if (!m)
            continue;
        // An own property even for '__proto__', as Object.fromEntries makes it.
        if (name === '__proto__')
            Object.defineProperty(out, name, {
                value: m.metric,
                enumerable: true,
                writable: true,
                configurable: true,
            });
        else
            out[name] = m.metric;
    }
    return out;
}
/** Each charted metric's rule: that of its last comparison, else the model's rule for the name. */
function chartRules(comparisons, chosen, rules) {
    const byName = new Map();
    for (const name of chosen) {
        for (let i = comparisons.length - 1; i >= 0; i--) {
            const c = comparisons[i];
            if (c.name !== name)
                continue;
            byName.set(name, c.rule);
            break;
        }
    }
    return (m) => byName.get(m) ?? rules.rule(m);
}
/** A model whose manifest (or production entry) could not be read: it fails, the others are still checked. */
function invalidModel(path, errors, name) {
    return {
        name: name ?? path,
        path,
        status: 'invalid',
        metrics: [],
        changes: [],
        errors,
        notes: [],
        gateVerdict: 'fail',
        verdict: 'fail',
    };
}
function removedModel(path, name, version, inProduction = false) {
    return {
        name,
        path,
        status: 'removed',
        ...(version ? { baselineVersion: version } : {}),
        metrics: [],
        changes: [],
        errors: [],
        notes: [
            inProduction
                ? `manifest removed in this change; production ${version ?? ''} stays until it is rolled back or retired`
                : 'manifest removed in this change; production is not touched',
        ],
        gateVerdict: 'pass',
        verdict: 'pass',
    };
}
function runVerdict(models) {
    return models.length === 0 ? 'skip' : worst(models.map((m) => m.verdict));
}
function compareMetric(input) {
    const { name, candidate, baseline, rule, required } = input;
    return comparison(name, candidate, baseline, rule, required, input.named === true, input.renamedFrom, {
        evaluationChanged: input.evaluationChanged,
        comparability: input.comparability,
        alpha: input.alpha,
    });
}
/**
 * One metric's comparison. The keys are always in the same order, and only those that are set: name,
 * rule, required, named, renamedFrom, baseline, candidate, file, line, delta, deltaPercent, verdict, level,
 * pValue, noiseIgnored or insideNoise, evaluationChanged.
 */
function comparison(name, located, baseline, rule, required, named, renamedFrom, settings) {
    if (located && baseline)
        return measured(name, located, baseline, rule, required, named, renamedFrom, settings);
    const out = head(name, located, baseline, rule, required, named, renamedFrom);
    if (!located) {
        // A metric the policy names may not disappear to escape its rule.
        out.verdict = 'missing';
        out.level = required || (baseline !== undefined && named) ? 'fail' : 'warn';
        return out;
    }
    const bounded = boundsVerdict(located.metric.value, rule);
    out.verdict = bounded ?? 'new';
    out.level = bounded ? 'fail' : 'pass';
    return out;
}
/** The keys every comparison starts with, built key by key. */
function head(name, located, baseline, rule, required, named, renamedFrom) {
    const out = { name, rule, required };
    if (named)
        out.named = true;
    if (renamedFrom)
        out.renamedFrom = renamedFrom;
    if (baseline)
        out.baseline = baseline;
    if (located) {
        out.candidate = located.metric;
        out.file = located.file;
        out.line = located.line;
    }
    return out;
}
/**
 * A metric both versions report. The usual result (no rename, a percentage, no p-value, no evaluation
 * label) is written as a literal: a fixed shape, allocated whole; the others are built key by key.
 */
function measured(name, located, baseline, rule, required, named, renamedFrom, settings) {
    const candidate = located.metric;
    const bounded = boundsVerdict(candidate.value, rule);
    const delta = candidate.value - baseline.value;
    const judged = bounded ? boundsJudged(bounded) : judge(baseline, candidate, delta, rule, settings);
    const { verdict, level, pValue, noiseIgnored, insideNoise, evaluationChanged } = judged;
    const extras = pValue !== undefined || noiseIgnored !== undefined || insideNoise !== undefined;
    if (!extras && evaluationChanged === undefined && !renamedFrom && baseline.value !== 0) {
        const deltaPercent = (delta / Math.abs(baseline.value)) * 100;
        const { file, line } = located;
        return named
            ? { name, rule, required, named, baseline, candidate, file, line, delta, deltaPercent, verdict, level }
            : { name, rule, required, baseline, candidate, file, line, delta, deltaPercent, verdict, level };
    }
    const out = head(name, located, baseline, rule, required, named, renamedFrom);
    out.delta = delta;
    if (baseline.value !== 0)
        out.deltaPercent = (delta / Math.abs(baseline.value)) * 100;
    out.verdict = verdict;
    out.level = level;
    if (pValue !== undefined)
        out.pValue = pValue;
    if (noiseIgnored !== undefined)
        out.noiseIgnored = noiseIgnored;
    if (insideNoise !== undefined)
        out.insideNoise = insideNoise;
    if (evaluationChanged !== undefined)
        out.evaluationChanged = evaluationChanged;
    return out;
}
/** The verdict on a measured difference, on changed evaluation data too. */
function judge(baseline, candidate, delta, rule, settings) {
    const judged = thresholdVerdict(baseline, candidate, delta, rule, settings.alpha);
    const changed = settings.evaluationChanged;
    if (changed === undefined)
        return judged;
    // On changed evaluation data a crossed fail threshold still fails, labelled with what changed.
    if (judged.level === 'fail' && settings.comparability !== 'warn')
        return { ...judged, evaluationChanged: changed };
    return NOT_COMPARABLE;
}
const NOT_COMPARABLE = { verdict: 'not-comparable', level: 'warn' };
const BELOW_FLOOR = { verdict: 'below-floor', level: 'fail' };
const ABOVE_CEILING = { verdict: 'above-ceiling', level: 'fail' };
function boundsJudged(bounded) {
    return bounded === 'below-floor' ? BELOW_FLOOR : ABOVE_CEILING;
}
const UNCHANGED = { verdict: 'unchanged', level: 'pass' };
const IMPROVED = { verdict: 'improved', level: 'pass' };
const FAILED = { verdict: 'fail', level: 'fail' };
const WARNED = { verdict: 'warn', level: 'warn' };
const WITHIN = { verdict: 'within', level: 'pass' };
function thresholdVerdict(baseline, candidate, delta, rule, alpha) {
    const worse = rule.better === 'higher' ? -delta : delta;
    const eps = slack(baseline.value, candidate.value);
    if (Math.abs(delta) <= eps)
        return UNCHANGED;
    if (worse < 0)
        return IMPROVED;
    if (rule.fail !== undefined && worse > (0,core_policy/* toleranceAmount */.Ev)(rule.fail, baseline.value) + eps) {
        if (alpha === undefined)
            return FAILED;
        return significance(baseline, candidate, alpha);
    }
    if (rule.warn !== undefined && worse > (0,core_policy/* toleranceAmount */.Ev)(rule.warn, baseline.value) + eps)
        return WARNED;
    return WITHIN;
}
/** A failure, unless it is inside the measurement noise of a large enough production sample. */
function significance(baseline, candidate, alpha) {
    const p = pValueOfDifference(baseline, candidate);
    if (p === undefined)
        return FAILED;
    if (p <= alpha)
        return { verdict: 'fail', level: 'fail', pValue: p };
    if (baseline.n === undefined || baseline.n < MIN_SIGNIFICANCE_SAMPLE) {
        const why = baseline.n === undefined
            ? `production states no sample size n (at least ${MIN_SIGNIFICANCE_SAMPLE} needed)`
            : `production's sample n=${baseline.n} is below ${MIN_SIGNIFICANCE_SAMPLE}`;
        return { verdict: 'fail', level: 'fail', pValue: p, noiseIgnored: why };
    }
    return { verdict: 'warn', level: 'warn', pValue: p, insideNoise: true };
}
function boundsVerdict(value, rule) {
    if (rule.min !== undefined && value < rule.min)
        return 'below-floor';
    if (rule.max !== undefined && value > rule.max)
        return 'above-ceiling';
    return undefined;
}
/** How the evaluation data moved between two versions, or undefined when it did not (or is not declared). */
function evaluationDataChange(before, after) {
    if (!before.evaluationDataset || !after.evaluationDataset)
        return undefined;
    const a = before.data.find((d) => d.name === before.evaluationDataset);
    const b = after.data.find((d) => d.name === after.evaluationDataset);
    if (!a || !b)
        return undefined;
    if (a.name !== b.name)
        return `evaluation.dataset ${a.name} → ${b.name}`;
    const moved = ['uri', ...manifest/* ARTIFACT_PINS */.Y1].filter((pin) => (a[pin] ?? '') !== (b[pin] ?? ''));
    if (moved.length === 0)
        return undefined;
    return moved.map((pin) => `${b.name}.${pin} ${a[pin] ?? '(none)'} → ${b[pin] ?? '(none)'}`).join(', ');
}


/***/ }),

/***/ 7135:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ld: () => (/* binding */ formatPosition),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   XW: () => (/* binding */ asInputError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   hD: () => (/* binding */ quote)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2020);
/**
 * Errors about user input. Every one carries where it came from (file:line:col) so that a person can
 * jump straight to it; none of them is ever shown with a stack trace.
 */

function formatPosition(pos) {
    if (pos.line === undefined)
        return pos.file;
    return pos.col === undefined ? `${pos.file}:${pos.line}` : `${pos.file}:${pos.line}:${pos.col}`;
}
/** A problem with input that the user can fix. Its message is one line, prefixed with file:line:col. */
class InputError extends Error {
    position;
    detail;
    constructor(position, detail) {
        super(`${formatPosition(position)}: ${oneLine(detail)}`);
        this.name = 'InputError';
        this.position = position;
        this.detail = oneLine(detail);
    }
}
function oneLine(text) {
    return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
/** Quote a user-supplied token for an error message: bounded length, no control characters. */
function quote(value, max = 60) {
    let text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
    // eslint-disable-next-line no-control-regex
    text = text.replace(/[\u0000-\u001f\u007f]/g, '?');
    return `'${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(text, max)}'`;
}
/** The message of anything thrown, without a stack trace. */
function errorMessage(error) {
    if (error instanceof Error)
        return oneLine(error.message);
    return oneLine(String(error));
}
/** Any error as an input error about a file: an InputError as it is, anything else with its message. */
function asInputError(error, where) {
    return error instanceof InputError ? error : new InputError(where, errorMessage(error));
}


/***/ }),

/***/ 9169:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  PJ: () => (/* binding */ DOCUMENT_LIMITS),
  be: () => (/* binding */ formatOf),
  nK: () => (/* binding */ isPlainMap),
  Aj: () => (/* binding */ oversizeError),
  Tp: () => (/* binding */ parseDocument),
  dH: () => (/* binding */ parseJsonDocument)
});

// UNUSED EXPORTS: tomlDeepLine

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __nccwpck_require__(7135);
;// CONCATENATED MODULE: ./src/core/nesting.ts
/**
 * Nesting depth, checked while parsing and before anything recurses. The YAML parser slows down
 * quadratically on deep flow collections (`[[[[...`) and its composer recurses once per level, so a deep
 * document used to end in a stack overflow after seconds. Here flow brackets are counted token by token as
 * the lexer produces them (stopping at the first one too deep), then the parsed token tree is measured
 * without recursion, and only a document within the limit is composed.
 */

/** The offset where nesting passes maxDepth, thrown as this error. */
class TooDeep extends Error {
    offset;
    constructor(offset) {
        super('too deep');
        this.offset = offset;
    }
}
function parseYamlWithinDepth(text, maxDepth) {
    const lineCounter = new yaml_dist/* LineCounter */.HN();
    const parser = new yaml_dist/* Parser */.iX(lineCounter.addNewLine);
    const tokens = [];
    lineCounter.addNewLine(0);
    let flow = 0;
    for (const lexeme of new yaml_dist/* Lexer */.JG().lex(text)) {
        if (lexeme === '[' || lexeme === '{') {
            if (++flow > maxDepth)
                throw new TooDeep(parser.offset);
        }
        else if (lexeme === ']' || lexeme === '}')
            flow = Math.max(0, flow - 1);
        for (const token of parser.next(lexeme))
            tokens.push(token);
    }
    for (const token of parser.end())
        tokens.push(token);
    const deep = deepestOffset(tokens, maxDepth);
    if (deep !== undefined)
        throw new TooDeep(deep);
    return { doc: compose(tokens, text.length), lineCounter };
}
/** The first token nested deeper than maxDepth (the document's value is at depth 0), walked with a stack. */
function deepestOffset(tokens, maxDepth) {
    const stack = [];
    for (const t of tokens)
        if (t.type === 'document')
            stack.push([t.value, 0]);
    while (stack.length) {
        const [token, depth] = stack.pop() ?? [undefined, 0];
        if (!token)
            continue;
        if (depth > maxDepth)
            return token.offset;
        if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
            for (const item of token.items) {
                if ('key' in item)
                    stack.push([item.key, depth + 1]);
                stack.push([item.value, depth + 1]);
            }
        }
    }
    return undefined;
}
/** As yaml's parseDocument: the first document, and an error when there are more. */
function compose(tokens, length) {
    const composer = new yaml_dist/* Composer */.Dk({ uniqueKeys: false, strict: true });
    let first;
    for (const doc of composer.compose(tokens, true, length)) {
        if (!first)
            first = doc;
        else {
            const at = [doc.range[0], doc.range[1]];
            first.errors.push(new yaml_dist/* YAMLParseError */.XT(at, 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    return first;
}

;// CONCATENATED MODULE: ./src/core/yaml-fast.ts
/** Thrown inside the parser to give up; never escapes it. */
const GIVE_UP = new Error('outside the fast YAML subset');
/**
 * Characters no document of the subset holds: controls, tabs, CR, NEL, Unicode spaces and line separators,
 * BOM, surrogates.
 */
const UNSUPPORTED_CHARS = 
// eslint-disable-next-line no-control-regex
/[\x00-\x09\x0b-\x1f\x7f-\xa0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ud800-\udfff\ufeff\ufffe\uffff]/;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Longest key source accepted here (the yaml library refuses implicit keys over 1024 characters). */
const MAX_KEY = 1000;
/** Nesting accepted here, well inside document.ts's limit of 64 so that the edge is the full parser's. */
const MAX_DEPTH = 48;
const SPACE = 32;
const NEWLINE = 10;
const HASH = 35;
const COLON = 58;
const DASH = 45;
/**
 * The document as the full parser would give it, or undefined when the text is outside the subset (or might
 * be refused). maxNodes counts nodes as the full parser's walk does: the root, each mapping value, each item.
 */
function parseYamlFast(text, file, maxNodes) {
    if (UNSUPPORTED_CHARS.test(text))
        return undefined;
    const parser = new FastParser(text, file, maxNodes);
    try {
        return { value: parser.document(), positions: parser.positions };
    }
    catch (error) {
        if (error === GIVE_UP)
            return undefined;
        throw error;
    }
}
class FastParser {
    text;
    file;
    maxNodes;
    positions = new Map();
    /** Offset of the current character. */
    pos = 0;
    /** Current line (1-based) and the offset where it starts. */
    line = 1;
    lineStart = 0;
    /** Indent of the content line the cursor is on (its first character), -1 at the end of the text. */
    indent = 0;
    nodes = 0;
    /** keyEnd's last answer (the lookahead and then the mapping ask it for the same key). */
    keyAt = -1;
    keyColon = -1;
    constructor(text, file, maxNodes) {
        this.text = text;
        this.file = file;
        this.maxNodes = maxNodes;
        this.positions.set('', { file, line: 1, col: 1 });
    }
    document() {
        this.count();
        this.nextContent();
        if (this.indent < 0)
            return null;
        const value = this.blockNode(0, undefined);
        if (this.indent >= 0)
            throw GIVE_UP;
        return value;
    }
    count() {
        if (++this.nodes > this.maxNodes)
            throw GIVE_UP;
    }
    col() {
        return this.pos - this.lineStart;
    }
    mark(path, at) {
        this.positions.set(path, { file: this.file, line: this.line, col: at - this.lineStart + 1 });
    }
    /**
     * From the cursor (at the start of a line, or where the rest of a line is only spaces and a comment already
     * checked), past blank and comment lines to the first character of the next content line; sets indent.
     */
    nextContent() {
        const text = this.text;
        for (;;) {
            let i = this.pos;
            while (text.charCodeAt(i) === SPACE)
                i++;
            const c = text.charCodeAt(i);
            if (i >= text.length) {
                this.pos = i;
                this.indent = -1;
                return;
            }
            if (c === NEWLINE || c === HASH) {
                const end = text.indexOf('\n', i);
                if (end < 0) {
                    this.pos = text.length;
                    this.indent = -1;
                    return;
                }
                this.newLine(end + 1);
                continue;
            }
            this.pos = i;
            this.indent = i - this.lineStart;
            if (this.indent === 0 && markerAt(text, i))
                throw GIVE_UP;
            return;
        }
    }
    newLine(start) {
        this.pos = start;
        this.lineStart = start;
        this.line++;
    }
    /** After a value on its line: spaces, an optional comment after a space, the line's end; then nextContent. */
    endLine() {
        const text = this.text;
        const start = this.pos;
        let i = start;
        while (text.charCodeAt(i) === SPACE)
            i++;
        if (i < text.length && text.charCodeAt(i) !== NEWLINE) {
            if (text.charCodeAt(i) !== HASH || i === start)
                throw GIVE_UP;
            i = text.indexOf('\n', i);
            if (i < 0)
                i = text.length;
        }
        if (i >= text.length) {
            this.pos = text.length;
            this.indent = -1;
            return;
        }
        this.newLine(i + 1);
        this.nextContent();
    }
    /** A block node starting at the cursor, at column col: a block sequence or a block mapping. */
    blockNode(depth, path) {
        if (depth > MAX_DEPTH)
            throw GIVE_UP;
        if (this.dashAt(this.pos))
            return this.blockSeq(this.col(), depth, path);
        if (this.keyEnd(this.pos) >= 0)
            return this.blockMap(this.col(), depth, path);
        throw GIVE_UP;
    }
    /** Whether a `-` item indicator (a dash then a space or the line's end) is at offset i. */
    dashAt(i) {
        if (this.text.charCodeAt(i) !== DASH)
            return false;
        const next = this.text.charCodeAt(i + 1);
        return next === SPACE || next === NEWLINE || i + 1 >= this.text.length;
    }
    blockSeq(col, depth, path) {
        const out = [];
        const text = this.text;
        for (;;) {
            // At a `-` of this sequence.
            let i = this.pos + 1;
            while (text.charCodeAt(i) === SPACE)
                i++;
            const c = text.charCodeAt(i);
            if (i >= text.length || c === NEWLINE || c === HASH)
                throw GIVE_UP;
            const itemPath = join(path, out.length);
            this.mark(itemPath, i);
            this.count();
            this.pos = i;
            out.push(this.inlineOrBlock(depth + 1, itemPath));
            if (this.indent > col)
                throw GIVE_UP;
            if (this.indent < col || !this.dashAt(this.pos))
                return out;
        }
    }
    /**
     * The value that starts on the current line at the cursor: a block collection starting there (a sequence
     * item's compact mapping or sequence), or a value ending on this line, after which the cursor is on the
     * next content line.
     */
    inlineOrBlock(depth, path) {
        if (this.dashAt(this.pos) || this.keyEnd(this.pos) >= 0)
            return this.blockNode(depth, path);
        const value = this.inlineValue(depth, path);
        this.endLine();
        return value;
    }
    blockMap(col, depth, path) {
        const out = {};
        for (;;) {
            // At a key of this mapping.
            const keyAt = this.pos;
            const colon = this.keyEnd(keyAt);
            if (colon < 0)
                throw GIVE_UP;
            const key = this.keyText(keyAt, colon);
            if (FORBIDDEN_KEYS.has(key) || Object.prototype.hasOwnProperty.call(out, key))
                throw GIVE_UP;
            const keyPath = join(path, key);
            this.mark(keyPath, keyAt);
            this.count();
            this.pos = colon + 1;
            out[key] = this.mapValue(col, depth + 1, keyPath);
            if (this.indent > col)
                throw GIVE_UP;
            if (this.indent < col)
                return out;
            if (this.dashAt(this.pos))
                throw GIVE_UP;
        }
    }
    /** The value after a key's colon: on the same line, or on the lines below (more indented, or a sequence). */
    mapValue(col, depth, path) {
        const text = this.text;
        let i = this.pos;
        while (text.charCodeAt(i) === SPACE)
            i++;
        const c = text.charCodeAt(i);
        if (i < text.length && c !== NEWLINE && c !== HASH) {
            // A `- ` or a `: ` in the value (outside the subset) gives up as it is read.
            this.pos = i;
            const value = this.inlineValue(depth, path);
            this.endLine();
            return value;
        }
        this.endLine();
        if (this.indent > col)
            return this.blockNode(depth, path);
        if (this.indent === col && this.dashAt(this.pos))
            return this.blockSeq(col, depth, path);
        return null;
    }
    /** A value that ends on its line: a flow collection, a quoted scalar or a plain scalar. */
    inlineValue(depth, path) {
        const c = this.text.charCodeAt(this.pos);
        if (c === 123 || c === 91)
            return this.flow(depth, path);
        if (c === 34 || c === 39)
            return this.quoted();
        return resolvePlain(this.plain('block'));
    }
    /**
     * The offset of the colon ending the implicit key at i (a plain or quoted scalar, then `:` and a space or
     * the line's end), or -1 when what is at i is not such a key.
     */
    keyEnd(i) {
        if (i === this.keyAt)
            return this.keyColon;
        const text = this.text;
        const c = text.charCodeAt(i);
        let end;
        if (c === 34 || c === 39) {
            end = quotedEnd(text, i);
            if (end < 0)
                return -1;
        }
        else {
            if (!plainStart(text, i, false))
                return -1;
            // Read as a key: a character in doubt gives up here already (it would as a value too).
            const pos = this.pos;
            this.pos = i;
            this.plain('key');
            end = this.pos;
            this.pos = pos;
        }
        const colon = text.charCodeAt(end) === COLON && isBlank(text, end + 1) ? end : -1;
        if (colon >= 0 && end - i > MAX_KEY)
            throw GIVE_UP;
        this.keyAt = i;
        this.keyColon = colon;
        return colon;
    }
    keyText(at, colon) {
        this.pos = at;
        const c = this.text.charCodeAt(at);
        if (c === 34 || c === 39)
            return this.quoted();
        const key = resolvePlain(this.text.slice(at, colon));
        if (typeof key !== 'string')
            throw GIVE_UP;
        return key;
    }
    /**
     * A plain scalar at the cursor, on one line: its text, the cursor after it. It ends at ` #` or the line's
     * end; a key's also at `: `, and in a flow collection also at `,`, `]` and `}` (a block value holding `: `
     * gives up). Characters in doubt give up.
     */
    plain(mode) {
        const text = this.text;
        const start = this.pos;
        if (!plainStart(text, start, mode === 'flow'))
            throw GIVE_UP;
        let i = start;
        let end = start;
        for (; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === NEWLINE)
                break;
            if (c === SPACE)
                continue;
            if (c === HASH) {
                if (text.charCodeAt(i - 1) === SPACE)
                    break;
                throw GIVE_UP;
            }
            if (c === COLON) {
                const next = text.charCodeAt(i + 1);
                if (isBlank(text, i + 1)) {
                    if (mode !== 'block')
                        break;
                    throw GIVE_UP;
                }
                if (next === 44 || next === 91 || next === 93 || next === 123 || next === 125)
                    throw GIVE_UP;
            }
            else if (c === 44 || c === 93 || c === 125) {
                if (mode === 'flow')
                    break;
                if (c !== 44)
                    throw GIVE_UP;
            }
            else if (c === 91 || c === 123 || c === 96)
                throw GIVE_UP;
            end = i + 1;
        }
        this.pos = end;
        return text.slice(start, end);
    }
    /** A quoted scalar at the cursor, closed on its line: its value, the cursor after the closing quote. */
    quoted() {
        const text = this.text;
        const start = this.pos;
        const end = quotedEnd(text, start);
        if (end < 0)
            throw GIVE_UP;
        this.pos = end;
        const body = text.slice(start + 1, end - 1);
        if (text.charCodeAt(start) === 39)
            return body.includes("''") ? body.replaceAll("''", "'") : body;
        return body.includes('\\') ? unescapeDouble(body) : body;
    }
    /** A flow mapping or sequence at the cursor, closed on its line. */
    flow(depth, path) {
        if (depth > MAX_DEPTH)
            throw GIVE_UP;
        const text = this.text;
        const map = text.charCodeAt(this.pos) === 123;
        const close = map ? 125 : 93;
        const out = map ? {} : [];
        this.pos++;
        this.skipSpaces();
        if (text.charCodeAt(this.pos) === close) {
            this.pos++;
            return out;
        }
        for (let index = 0;; index++) {
            if (map)
                this.flowPair(out, depth, path);
            else {
                const itemPath = join(path, index);
                this.mark(itemPath, this.pos);
                this.count();
                out.push(this.flowValue(depth + 1, itemPath));
            }
            this.skipSpaces();
            const c = text.charCodeAt(this.pos++);
            if (c === close)
                return out;
            if (c !== 44)
                throw GIVE_UP;
            this.skipSpaces();
            const next = text.charCodeAt(this.pos);
            if (next === close || next === 44)
                throw GIVE_UP;
        }
    }
    flowPair(out, depth, path) {
        const text = this.text;
        const keyAt = this.pos;
        const c = text.charCodeAt(keyAt);
        let key;
        if (c === 34 || c === 39)
            key = this.quoted();
        else {
            key = resolvePlain(this.plain('flow'));
            if (typeof key !== 'string')
                throw GIVE_UP;
        }
        if (this.pos - keyAt > MAX_KEY)
            throw GIVE_UP;
        if (text.charCodeAt(this.pos) !== COLON || text.charCodeAt(this.pos + 1) !== SPACE)
            throw GIVE_UP;
        if (FORBIDDEN_KEYS.has(key) || Object.prototype.hasOwnProperty.call(out, key))
            throw GIVE_UP;
        const keyPath = join(path, key);
        this.mark(keyPath, keyAt);
        this.count();
        this.pos += 2;
        this.skipSpaces();
        out[key] = this.flowValue(depth + 1, keyPath);
    }
    flowValue(depth, path) {
        const c = this.text.charCodeAt(this.pos);
        if (c === 123 || c === 91)
            return this.flow(depth, path);
        if (c === 34 || c === 39)
            return this.quoted();
        return resolvePlain(this.plain('flow'));
    }
    skipSpaces() {
        while (this.text.charCodeAt(this.pos) === SPACE)
            this.pos++;
    }
}
function join(path, segment) {
    return path === undefined ? String(segment) : `${path}\u0000${segment}`;
}
/** A space, a line break or the end of the text at offset i. */
function isBlank(text, i) {
    const c = text.charCodeAt(i);
    return c === SPACE || c === NEWLINE || i >= text.length;
}
/** `---`, `...` (then a blank) or `%` at the start of a line: a document marker or a directive. */
function markerAt(text, i) {
    const c = text.charCodeAt(i);
    if (c === 37)
        return true;
    if (c !== DASH && c !== 46)
        return false;
    return text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c && isBlank(text, i + 3);
}
/**
 * Whether a plain scalar may start at i: not a blank, not an indicator; `-` only before a character that
 * is not a blank. Indicators that may start one in YAML (`?`, `:`) give up instead.
 */
function plainStart(text, i, flow) {
    const c = text.charCodeAt(i);
    if (i >= text.length || c === SPACE || c === NEWLINE)
        return false;
    if (c === DASH)
        return !isBlank(text, i + 1) && !(flow && ',[]{}'.includes(text[i + 1]));
    return !'?:,[]{}#&*!|>\'"%@`'.includes(text[i]);
}
/** The offset after the closing quote of the quoted scalar at i, or -1 when it does not close on its line. */
function quotedEnd(text, i) {
    const q = text.charCodeAt(i);
    for (let j = i + 1; j < text.length; j++) {
        const c = text.charCodeAt(j);
        if (c === NEWLINE)
            return -1;
        if (q === 34 && c === 92) {
            if (text.charCodeAt(j + 1) === NEWLINE)
                return -1;
            j++;
        }
        else if (c === q) {
            if (q === 39 && text.charCodeAt(j + 1) === 39)
                j++;
            else
                return j + 1;
        }
    }
    return -1;
}
const ESCAPES = {
    '\\': '\\',
    '"': '"',
    '/': '/',
    n: '\n',
    t: '\t',
    r: '\r',
    '0': '\0',
};
/** The escapes of a double-quoted scalar that are sure to mean the same to the yaml library; others give up. */
function unescapeDouble(body) {
    return body.replace(/\\(u[0-9a-fA-F]{4}|.?)/g, (_, e) => {
        const simple = ESCAPES[e];
        if (simple !== undefined)
            return simple;
        if (e.length === 5) {
            const code = parseInt(e.slice(1), 16);
            if (code >= 0xd800 && code <= 0xdfff)
                throw GIVE_UP;
            return String.fromCharCode(code);
        }
        throw GIVE_UP;
    });
}
/**
 * A plain scalar's value by the YAML 1.2 core schema, tested in the yaml library's order: null, bool, octal,
 * decimal and hex integers, then floats. A number that is not finite gives up (the full parser refuses it).
 */
function resolvePlain(s) {
    const c = s.charCodeAt(0);
    // Most strings start with a letter that starts no null, bool or number.
    if (((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) && !'nNtTfF'.includes(s[0]))
        return s;
    if (/^(?:~|[Nn]ull|NULL)?$/.test(s))
        return null;
    if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s))
        return c === 116 || c === 84;
    let n;
    if (/^0o[0-7]+$/.test(s))
        n = parseInt(s.substring(2), 8);
    else if (/^[-+]?[0-9]+$/.test(s))
        n = parseInt(s, 10);
    else if (/^0x[0-9a-fA-F]+$/.test(s))
        n = parseInt(s.substring(2), 16);
    else if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s))
        throw GIVE_UP;
    else if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s))
        n = parseFloat(s);
    else if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s))
        n = parseFloat(s);
    else
        return s;
    if (!Number.isFinite(n))
        throw GIVE_UP;
    return n;
}

;// CONCATENATED MODULE: ./src/core/document.ts
/**
 * Safe parsing of untrusted YAML, JSON and TOML into plain data, with the source position of every key.
 *
 * Defences, each a documented limit: size (bytes), total nodes visited (aliases counted each time they are
 * expanded, so an alias bomb fails fast), nesting depth, duplicate keys, keys that could reach an object's
 * prototype, and numbers that are not finite.
 */





const DOCUMENT_LIMITS = {
    /** Largest manifest, policy or metrics file accepted. */
    maxBytes: 1024 * 1024,
    /** Most nodes one document may expand to, aliases included. */
    maxNodes: 100_000,
    /** Deepest nesting of mappings and sequences. */
    maxDepth: 64,
};
const document_FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** The error for a file over a size limit: the same words wherever the size is first known. */
function oversizeError(file, bytes, maxBytes) {
    return new diagnostics/* InputError */.dz({ file }, `file is ${bytes} bytes, over the limit of ${maxBytes} bytes`);
}
function formatOf(file) {
    const lower = file.toLowerCase();
    if (lower.endsWith('.json'))
        return 'json';
    if (lower.endsWith('.toml'))
        return 'toml';
    return 'yaml';
}
function parseDocument(text, file, options = {}) {
    const maxBytes = options.maxBytes ?? DOCUMENT_LIMITS.maxBytes;
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > maxBytes) {
        throw oversizeError(file, bytes, maxBytes);
    }
    const format = options.format ?? formatOf(file);
    const maxNodes = options.maxNodes ?? DOCUMENT_LIMITS.maxNodes;
    if (format === 'toml')
        return parseTomlText(text, file, maxNodes);
    if (format === 'json')
        checkJsonSyntax(text, file);
    else if (options.fast !== false) {
        const fast = parseYamlFast(text, file, maxNodes);
        if (fast)
            return { file, value: fast.value, locate: locator(file, fast.positions) };
    }
    return parseYamlText(text, file, maxNodes, maxBytes, format === 'json' ? 'JSON' : 'YAML');
}
function keyOf(path) {
    return path.join('\u0000');
}
function locator(file, positions) {
    return (path) => {
        for (let n = path.length; n >= 0; n--) {
            const found = positions.get(keyOf(path.slice(0, n)));
            if (found)
                return found;
        }
        return { file, line: 1, col: 1 };
    };
}
function parseYamlText(text, file, maxNodes, maxBytes, label) {
    // Duplicate keys are found by the walk below, in linear time (the parser's own check is quadratic).
    let parsed;
    try {
        parsed = withPlainEnv(() => parseYamlWithinDepth(text, DOCUMENT_LIMITS.maxDepth));
    }
    catch (error) {
        if (!(error instanceof TooDeep))
            throw error;
        throw new diagnostics/* InputError */.dz(positionIn(text, file, error.offset), `nesting deeper than ${DOCUMENT_LIMITS.maxDepth} levels`);
    }
    const { doc, lineCounter } = parsed;
    const where = (offset) => {
        if (offset === undefined)
            return { file };
        const { line, col } = lineCounter.linePos(offset);
        return { file, line, col };
    };
    const firstError = doc.errors[0];
    if (firstError) {
        const message = firstError.message.split('\n')[0];
        throw new diagnostics/* InputError */.dz(where(firstError.pos[0]), `invalid ${label}: ${(0,diagnostics/* oneLine */.TN)(message ?? firstError.code)}`);
    }
    const walker = new YamlWalker(file, where, maxNodes, maxBytes);
    const { value } = walker.visit(doc.contents, [], 0);
    return { file, value, locate: locator(file, walker.positions) };
}
/**
 * The yaml library looks up process.env.LOG_TOKENS for every token and LOG_STREAM for every node (debug
 * output); process.env is a host object whose every read costs about a microsecond, a good part of parsing a
 * manifest. While one document is parsed, synchronously (no other code runs meanwhile), process.env is a plain
 * object holding those two variables as they are, then the real one again.
 */
function withPlainEnv(parse) {
    const env = process.env;
    const plain = {};
    for (const name of ['LOG_TOKENS', 'LOG_STREAM'])
        if (env[name] !== undefined)
            plain[name] = env[name];
    process.env = plain;
    try {
        return parse();
    }
    finally {
        process.env = env;
    }
}
/** The walk of a parsed YAML document into plain values, with positions, and bounded as it expands. */
class YamlWalker {
    where;
    maxNodes;
    maxBytes;
    positions = new Map();
    // What the document expands to, aliases included: nodes, and characters of keys and strings.
    nodes = 0;
    chars = 0;
    // Anchors seen so far, in document order (a later anchor of the same name replaces an earlier one).
    anchors = new Map();
    constructor(file, where, maxNodes, maxBytes) {
        this.where = where;
        this.maxNodes = maxNodes;
        this.maxBytes = maxBytes;
        this.positions.set('', { file, line: 1, col: 1 });
    }
    charge(addNodes, addChars, at) {
        this.nodes += addNodes;
        this.chars += addChars;
        if (this.nodes > this.maxNodes) {
            throw new diagnostics/* InputError */.dz(this.where(rangeStart(at)), `document expands to more than ${this.maxNodes} nodes (an alias bomb?)`);
        }
        if (this.chars > this.maxBytes) {
            throw new diagnostics/* InputError */.dz(this.where(rangeStart(at)), `document expands to more than ${this.maxBytes} characters (an alias bomb?)`);
        }
    }
    tooDeep(node) {
        return new diagnostics/* InputError */.dz(this.where(rangeStart(node)), `nesting deeper than ${DOCUMENT_LIMITS.maxDepth} levels`);
    }
    visit(node, path, depth) {
        if (depth > DOCUMENT_LIMITS.maxDepth)
            throw this.tooDeep(node);
        if ((0,yaml_dist/* isAlias */.Vj)(node))
            return this.visitAlias(node, depth);
        const anchorName = node?.anchor;
        if (anchorName)
            this.anchors.set(anchorName, 'open');
        const before = { nodes: this.nodes, chars: this.chars };
        const result = this.visitNode(node, path, depth);
        if (anchorName) {
            this.anchors.set(anchorName, {
                value: result.value,
                nodes: this.nodes - before.nodes,
                chars: this.chars - before.chars,
                height: result.height,
            });
        }
        return result;
    }
    visitAlias(node, depth) {
        const anchor = this.anchors.get(node.source);
        if (anchor === undefined)
            throw new diagnostics/* InputError */.dz(this.where(rangeStart(node)), `unknown alias ${(0,diagnostics/* quote */.hD)(node.source)}`);
        if (anchor === 'open')
            throw new diagnostics/* InputError */.dz(this.where(rangeStart(node)), `alias ${(0,diagnostics/* quote */.hD)(node.source)} refers to itself`);
        if (depth + anchor.height > DOCUMENT_LIMITS.maxDepth)
            throw this.tooDeep(node);
        this.charge(anchor.nodes, anchor.chars, node);
        return { value: anchor.value, height: anchor.height };
    }
    visitNode(node, path, depth) {
        this.charge(1, 0, node);
        if (node === null || node === undefined)
            return { value: null, height: 0 };
        if ((0,yaml_dist/* isScalar */.jn)(node)) {
            const value = scalarValue(node.value, this.where(rangeStart(node)));
            if (typeof value === 'string')
                this.charge(0, value.length, node);
            return { value, height: 0 };
        }
        if ((0,yaml_dist/* isMap */.jh)(node))
            return this.visitMap(node.items, path, depth);
        if ((0,yaml_dist/* isSeq */.oP)(node)) {
            let height = 0;
            const value = node.items.map((item, index) => {
                const childPath = [...path, index];
                this.positions.set(keyOf(childPath), this.where(rangeStart(item)));
                const child = this.visit(item, childPath, depth + 1);
                height = Math.max(height, child.height + 1);
                return child.value;
            });
            return { value, height };
        }
        throw new diagnostics/* InputError */.dz(this.where(rangeStart(node)), 'unsupported YAML node');
    }
    visitMap(items, path, depth) {
        const out = {};
        let height = 0;
        for (const item of items) {
            if (!(0,yaml_dist/* isPair */.tO)(item))
                continue;
            const keyNode = item.key;
            const keyPos = this.where(rangeStart(keyNode));
            const rawKey = (0,yaml_dist/* isScalar */.jn)(keyNode) ? keyNode.value : undefined;
            if (typeof rawKey !== 'string' && typeof rawKey !== 'number') {
                throw new diagnostics/* InputError */.dz(keyPos, 'mapping keys must be plain strings');
            }
            const key = String(rawKey);
            if (document_FORBIDDEN_KEYS.has(key))
                throw new diagnostics/* InputError */.dz(keyPos, `key ${(0,diagnostics/* quote */.hD)(key)} is not allowed`);
            if (Object.prototype.hasOwnProperty.call(out, key))
                throw new diagnostics/* InputError */.dz(keyPos, `duplicate key ${(0,diagnostics/* quote */.hD)(key)}`);
            this.charge(0, key.length, keyNode);
            const childPath = [...path, key];
            this.positions.set(keyOf(childPath), keyPos);
            const child = this.visit(item.value, childPath, depth + 1);
            height = Math.max(height, child.height + 1);
            defineKey(out, key, child.value);
        }
        return { value: out, height };
    }
}
function positionIn(text, file, offset) {
    const before = text.slice(0, offset).split('\n');
    return { file, line: before.length, col: (before.at(-1)?.length ?? 0) + 1 };
}
function rangeStart(node) {
    const range = node?.range;
    return range ? range[0] : undefined;
}
function scalarValue(value, pos) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            throw new diagnostics/* InputError */.dz(pos, `number ${String(value)} is not finite`);
        return value;
    }
    if (typeof value === 'string' || typeof value === 'boolean')
        return value;
    if (typeof value === 'bigint') {
        throw new diagnostics/* InputError */.dz(pos, 'integer is too large');
    }
    if (value instanceof Date)
        return value.toISOString();
    throw new diagnostics/* InputError */.dz(pos, 'unsupported scalar value');
}
function defineKey(target, key, value) {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
function checkJsonSyntax(text, file) {
    try {
        JSON.parse(text);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const at = /position (\d+)/.exec(message);
        const offset = at?.[1] ? Number(at[1]) : /end of JSON/i.test(message) ? text.length : undefined;
        let pos = { file };
        if (offset !== undefined) {
            const before = text.slice(0, offset).split('\n');
            pos = { file, line: before.length, col: (before.at(-1)?.length ?? 0) + 1 };
        }
        throw new diagnostics/* InputError */.dz(pos, `invalid JSON: ${(0,diagnostics/* oneLine */.TN)(message.replace(/ in JSON at position \d+.*$/, ''))}`);
    }
}
function parseTomlText(text, file, maxNodes) {
    let raw;
    try {
        raw = parse(text, { maxDepth: DOCUMENT_LIMITS.maxDepth });
    }
    catch (error) {
        const e = error;
        const pos = e.line ? { file, line: e.line, col: e.column } : { file };
        const message = String(e.message ?? error);
        if (/excessively nested/.test(message))
            throw tooDeep(pos);
        throw new diagnostics/* InputError */.dz(pos, `invalid TOML: ${(0,diagnostics/* oneLine */.TN)(message.split('\n')[0] ?? '')}`);
    }
    let nodes = 0;
    const pos = { file };
    const visit = (value, depth) => {
        if (++nodes > maxNodes)
            throw new diagnostics/* InputError */.dz(pos, 'document has too many nodes');
        if (depth > DOCUMENT_LIMITS.maxDepth)
            throw tooDeep({ file, line: tomlDeepLine(text) });
        if (Array.isArray(value))
            return value.map((item) => visit(item, depth + 1));
        if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
            const out = {};
            for (const [key, child] of Object.entries(value)) {
                if (document_FORBIDDEN_KEYS.has(key))
                    throw new diagnostics/* InputError */.dz(pos, `key ${(0,diagnostics/* quote */.hD)(key)} is not allowed`);
                defineKey(out, key, visit(child, depth + 1));
            }
            return out;
        }
        return scalarValue(value, pos);
    };
    return { file, value: visit(raw, 0), locate: () => pos };
}
function tooDeep(pos) {
    return new diagnostics/* InputError */.dz(pos, `nesting deeper than ${DOCUMENT_LIMITS.maxDepth} levels`);
}
/**
 * The first line of a TOML document whose table header and dotted key reach past the depth limit (TOML
 * nests through `[a.b.c]` headers and `a.b.c = ` keys without brackets); undefined when none does alone.
 */
function tomlDeepLine(text) {
    const segments = (key) => key.replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, 'q').split('.').length;
    let table = 0;
    const lines = text.split('\n');
    for (const [i, raw] of lines.entries()) {
        const line = raw.trim();
        const header = /^\[(\[?)([^\]]*)\]/.exec(line);
        if (header)
            table = segments(header[2] ?? '') + (header[1] ? 1 : 0);
        const key = header ? undefined : /^([^=#]+)=/.exec(line)?.[1];
        const depth = table + (key ? segments(key.trim()) : 0);
        if (depth > DOCUMENT_LIMITS.maxDepth)
            return i + 1;
    }
    return undefined;
}
function isPlainMap(value) {
    return value !== null && value !== undefined && typeof value === 'object' && !Array.isArray(value);
}
/**
 * A JSON document through JSON.parse, for files this tool writes (registry entries, from serializeEntry):
 * the position-tracking parser costs several times more and is needed only to say where a problem is.
 *
 * The fast path only ever accepts, and only a document the full parser would accept with the same value:
 * plain JSON.parse, then one walk that bounds nodes and nesting, refuses keys that could reach a
 * prototype, numbers that are not finite and keys too long for a YAML implicit key, and proves there is no
 * duplicate key (JSON.parse would keep the last silently): the key tokens of the text are counted and must
 * equal the keys of the parsed objects. Text with a raw tab (YAML's rules on tabs are not JSON's) or
 * anything else in doubt goes to parseDocument, so every rejection and its message, with
 * file:line, is the full parser's. A document accepted here locates paths lazily: the first locate (an
 * error of the caller's validation) parses the text again with positions.
 */
function parseJsonDocument(text, file, options = {}) {
    const full = () => parseDocument(text, file, { ...options, format: 'json' });
    const maxBytes = options.maxBytes ?? DOCUMENT_LIMITS.maxBytes;
    if (text.length > maxBytes || text.includes('\t'))
        return full();
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return full();
    }
    const shape = jsonShape(value, options.maxNodes ?? DOCUMENT_LIMITS.maxNodes);
    if (shape === undefined || shape.keys !== countKeyTokens(text) || Buffer.byteLength(text) > maxBytes) {
        return full();
    }
    let locate;
    return {
        file,
        value: value,
        locate: (path) => (locate ??= text.includes('\r') ? full().locate : jsonLocator(text, file))(path),
    };
}
/**
 * The positions the YAML walker records for a JSON text that JSON.parse accepted (with no tab or carriage
 * return: a line is what ends in '\n'), found in one scan: each key at its opening quote, each sequence item
 * where its value starts, the root at 1:1.
 */
function jsonLocator(text, file) {
    const positions = new Map([['', { file, line: 1, col: 1 }]]);
    /**
     * Open collections: the key of each in positions (its path as keyOf joins it; undefined for the root), with
     * its current key or item index.
     */
    const open = [];
    let line = 1;
    let lineStart = 0;
    const mark = (key, offset) => positions.set(key, { file, line, col: offset - lineStart + 1 });
    /** The path of the value starting at offset (undefined for the root), recorded when it is an item. */
    const valueAt = (offset) => {
        const top = open[open.length - 1];
        if (!top)
            return undefined;
        const path = childKey(top.path, top.at);
        if (!top.map)
            mark(path, offset);
        return path;
    };
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) {
            line++;
            lineStart = i + 1;
        }
        else if (c === 123 || c === 91) {
            open.push({ path: valueAt(i), at: 0, map: c === 123, key: c === 123 });
        }
        else if (c === 125 || c === 93) {
            open.pop();
        }
        else if (c === 44) {
            const top = open[open.length - 1];
            if (top?.map)
                top.key = true;
            else if (top)
                top.at = top.at + 1;
        }
        else if (c === 34) {
            let end = i + 1;
            while (text.charCodeAt(end) !== 34)
                end += text.charCodeAt(end) === 92 ? 2 : 1;
            const top = open[open.length - 1];
            if (top?.map && top.key) {
                const raw = text.slice(i + 1, end);
                top.at = raw.includes('\\') ? JSON.parse(text.slice(i, end + 1)) : raw;
                top.key = false;
                mark(childKey(top.path, top.at), i);
            }
            else
                valueAt(i);
            i = end;
        }
        else if (c !== 32 && c !== 58) {
            valueAt(i);
            // A literal (number, true, false, null) runs to JSON whitespace, a comma or a closing bracket.
            while (i + 1 < text.length && !endsLiteral(text.charCodeAt(i + 1)))
                i++;
        }
    }
    return locator(file, positions);
}
/** keyOf of a path extended by one segment, from the parent's key (undefined for the root). */
function childKey(parent, segment) {
    return parent === undefined ? String(segment) : `${parent}\u0000${segment}`;
}
/** Space, tab, line feed, carriage return, `,`, `]` or `}`. */
function endsLiteral(c) {
    return c === 32 || c === 10 || c === 13 || c === 9 || c === 44 || c === 93 || c === 125;
}
/** YAML's limit on an implicit key, which every JSON key is to the YAML parser. */
const MAX_IMPLICIT_KEY = 1024;
/**
 * Nodes and object keys of a JSON.parse value, or undefined when the full parser might refuse it (too many
 * nodes, too deep, a forbidden or overlong key, a number that is not finite). Walked recursively: the walk
 * stops short of the depth limit, so the recursion is bounded by it.
 */
function jsonShape(root, maxNodes) {
    let nodes = 0;
    let keys = 0;
    // The full parser counts nesting from 0 and refuses past maxDepth; stay clear of the edge.
    const deepest = DOCUMENT_LIMITS.maxDepth - 1;
    const fits = (value, depth) => {
        if (++nodes > maxNodes)
            return false;
        if (typeof value === 'number')
            return Number.isFinite(value);
        if (value === null || typeof value !== 'object')
            return true;
        if (depth >= deepest)
            return false;
        if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++)
                if (!fits(value[i], depth + 1))
                    return false;
            return true;
        }
        for (const key in value) {
            if (document_FORBIDDEN_KEYS.has(key) || key.length > MAX_IMPLICIT_KEY)
                return false;
            keys++;
            if (!fits(value[key], depth + 1))
                return false;
        }
        return true;
    };
    return fits(root, 0) ? { keys } : undefined;
}
/** The keys written in a valid JSON text: every string followed by a colon. */
function countKeyTokens(text) {
    let keys = 0;
    let i = text.indexOf('"');
    while (i >= 0) {
        // The closing quote: the next one not escaped by an odd run of backslashes.
        let end = text.indexOf('"', i + 1);
        while (end > 0 && escaped(text, end))
            end = text.indexOf('"', end + 1);
        if (end < 0)
            break;
        let j = end + 1;
        let c = text.charCodeAt(j);
        while (c === 32 || c === 10 || c === 13)
            c = text.charCodeAt(++j);
        if (c === 58)
            keys++;
        i = text.indexOf('"', j);
    }
    return keys;
}
function escaped(text, quoteAt) {
    let n = 0;
    for (let k = quoteAt - 1; k >= 0 && text.charCodeAt(k) === 92; k--)
        n++;
    return n % 2 === 1;
}


/***/ }),

/***/ 5592:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KA: () => (/* binding */ parseDvcPointer),
/* harmony export */   U1: () => (/* binding */ parseDvcLock),
/* harmony export */   dF: () => (/* binding */ producingStages),
/* harmony export */   g1: () => (/* binding */ parseDvcYaml),
/* harmony export */   y: () => (/* binding */ parseLfsPointer)
/* harmony export */ });
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7135);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9169);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The DVC files a project already keeps, read as untrusted data: `dvc.yaml` (artifacts, stages, metrics),
 * `dvc.lock` (what each stage last ran with: params values, dependency and output hashes) and `.dvc`
 * pointer files; and Git LFS pointer files. Only what Model Gate uses is read; everything else is ignored.
 */



const map = (v) => ((0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(v ?? null) ? v : {});
const list = (v) => (Array.isArray(v) ? v : []);
/** A dvc.yaml: its artifacts, its stages' deps and outs, its metrics files. */
function parseDvcYaml(text, file) {
    const doc = (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, file, { format: 'yaml' });
    const root = map(doc.value);
    const artifacts = [];
    for (const [name, value] of Object.entries(map(root.artifacts))) {
        const a = map(value);
        if (typeof a.path !== 'string')
            continue;
        const line = doc.locate(['artifacts', name]).line;
        artifacts.push({
            name,
            path: a.path,
            ...(typeof a.type === 'string' ? { type: a.type } : {}),
            ...(line ? { line } : {}),
        });
    }
    const stages = Object.entries(map(root.stages)).map(([name, value]) => {
        const s = map(value);
        return { name, deps: list(s.deps).flatMap(pathOf), outs: list(s.outs).flatMap(pathOf) };
    });
    return { file, artifacts, stages, metrics: list(root.metrics).flatMap(pathOf) };
}
/** `- path` or `- path: {options}` in a deps, outs or metrics list. */
function pathOf(item) {
    if (typeof item === 'string')
        return [item];
    if ((0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(item))
        return Object.keys(item).slice(0, 1);
    return [];
}
/** A dvc.lock: per stage, the hash of every dependency and output and the params values it ran with. */
function parseDvcLock(text, file) {
    const doc = (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, file, { format: 'yaml' });
    const out = new Map();
    for (const [name, value] of Object.entries(map(map(doc.value).stages))) {
        const s = map(value);
        const pins = (items) => new Map(list(items)
            .map(map)
            .filter((o) => typeof o.path === 'string')
            .map((o) => [o.path, pinOf(o)]));
        const params = new Map(Object.entries(map(s.params)).map(([f, v]) => [f, map(v)]));
        out.set(name, { deps: pins(s.deps), outs: pins(s.outs), params });
    }
    return out;
}
function pinOf(o) {
    const hash = typeof o.md5 === 'string' ? o.md5 : undefined;
    if (hash === undefined)
        return undefined;
    return {
        hash,
        algorithm: 'md5',
        ...(typeof o.size === 'number' ? { size: o.size } : {}),
        ...(typeof o.nfiles === 'number' ? { nfiles: o.nfiles } : {}),
    };
}
/** A `.dvc` pointer file: the hash of its one output (`outs[0].md5`; a folder's ends in `.dir`). */
function parseDvcPointer(text, file) {
    const doc = (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, file, { format: 'yaml' });
    const outs = list(map(doc.value).outs);
    if (outs.length !== 1) {
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(doc.locate(['outs']), `a .dvc pointer must list exactly one output under 'outs' (it lists ${outs.length})`);
    }
    const first = map(outs[0]);
    if (first.hash !== undefined && first.hash !== 'md5') {
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(doc.locate(['outs', 0, 'hash']), `hash ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(String(first.hash))} is not md5`);
    }
    const pin = pinOf(first);
    if (!pin)
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(doc.locate(['outs', 0]), 'outs[0] has no md5 (a hex string)');
    return pin;
}
const LFS_VERSION = 'version https://git-lfs.github.com/spec/v1';
/** A Git LFS pointer file: `oid sha256:<hex>` and `size`. */
function parseLfsPointer(text, file) {
    const lines = text.split('\n');
    if (text.length > 1024 || lines[0] !== LFS_VERSION) {
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file, line: 1 }, `not a Git LFS pointer (no '${LFS_VERSION}' line)`);
    }
    const oidLine = lines.findIndex((l) => l.startsWith('oid '));
    const oid = /^oid sha256:([0-9a-f]{64})$/.exec(lines[oidLine] ?? '')?.[1];
    if (!oid)
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file, line: oidLine + 1 || 1 }, "no 'oid sha256:<64 hex digits>' line");
    const size = /^size (\d+)$/.exec(lines.find((l) => l.startsWith('size ')) ?? '')?.[1];
    return { hash: oid, algorithm: 'sha256', ...(size ? { size: Number(size) } : {}) };
}
/**
 * The stages that make `path` (an output, or a file inside an output folder) and every stage upstream of
 * them, in dvc.yaml order.
 */
function producingStages(project, path) {
    const within = (p, out) => p === out || p.startsWith(`${out.replace(/\/$/, '')}/`);
    const chosen = new Set();
    const visit = (p) => {
        for (const stage of project.stages) {
            if (chosen.has(stage.name) || !stage.outs.some((o) => within(node_path__WEBPACK_IMPORTED_MODULE_2__.posix.normalize(p), node_path__WEBPACK_IMPORTED_MODULE_2__.posix.normalize(o))))
                continue;
            chosen.add(stage.name);
            stage.deps.forEach(visit);
        }
    };
    visit(path);
    return project.stages.filter((s) => chosen.has(s.name));
}


/***/ }),

/***/ 7509:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fs: () => (/* binding */ registryMissingMessage),
/* harmony export */   SS: () => (/* binding */ withMissingRegistry),
/* harmony export */   XV: () => (/* binding */ parseFailOn)
/* harmony export */ });
/* unused harmony exports DEFAULT_FAIL_ON, failsOn */
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7580);

const DEFAULT_FAIL_ON = { level: 'fail', missingRegistry: 'fail' };
/** The rule, or the one-line reason it is not one. */
function parseFailOn(text) {
    const [first = '', ...rest] = text.split(',').map((s) => s.trim());
    const level = first === '' ? 'fail' : first;
    if (level !== 'fail' && level !== 'warn' && level !== 'never') {
        return { error: `must be one of fail, warn, never, not '${first}'` };
    }
    let missingRegistry = 'fail';
    for (const item of rest) {
        const m = /^missing-registry\s*:\s*(fail|warn)$/.exec(item);
        if (!m)
            return { error: `'${item}' is not 'missing-registry:warn' or 'missing-registry:fail'` };
        missingRegistry = m[1];
    }
    return { level, missingRegistry };
}
function failsOn(verdict, level) {
    if (level === 'never')
        return false;
    if (level === 'warn')
        return verdict === 'fail' || verdict === 'warn';
    return verdict === 'fail';
}
function registryMissingMessage(branch) {
    return `registry branch '${branch}' not found: every model is treated as new`;
}
/**
 * The report, said out loud: the registry branch is not there. When a model is compared the run is at least
 * as bad as the rule's level for it; when none is (no model changed, or only removed ones), the registry was
 * not asked and nothing is said.
 */
function withMissingRegistry(report, branch, rule) {
    if (!report.models.some((m) => m.status !== 'removed'))
        return report;
    const level = rule.missingRegistry;
    const verdict = report.verdict === 'skip' ? level : (0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .worst */ .QZ)([report.verdict, level]);
    return { ...report, verdict, registryMissing: { branch, level } };
}


/***/ }),

/***/ 242:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ FieldReader)
/* harmony export */ });
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7135);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9169);
/** Typed reading of parsed documents: each check reports the exact key that is wrong, with its position. */


class FieldReader {
    doc;
    errors = [];
    constructor(doc) {
        this.doc = doc;
    }
    fail(path, message) {
        this.errors.push(new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(this.doc.locate(path), message));
        return undefined;
    }
    label(path) {
        return path.reduce((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
    }
    map(value, path) {
        if (value === undefined || value === null)
            return undefined;
        if (!(0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(value))
            return this.fail(path, `${this.label(path)} must be a mapping`);
        return value;
    }
    string(value, path) {
        if (value === undefined || value === null)
            return undefined;
        if (typeof value !== 'string')
            return this.fail(path, `${this.label(path)} must be a string`);
        return value;
    }
    number(value, path) {
        if (value === undefined || value === null)
            return undefined;
        if (typeof value !== 'number')
            return this.fail(path, `${this.label(path)} must be a number`);
        return value;
    }
    list(value, path) {
        if (value === undefined || value === null)
            return undefined;
        if (!Array.isArray(value))
            return this.fail(path, `${this.label(path)} must be a list`);
        return value;
    }
    stringList(value, path) {
        const items = this.list(value, path);
        if (!items)
            return undefined;
        const out = [];
        items.forEach((item, i) => {
            const s = this.string(item, [...path, i]);
            if (s !== undefined)
                out.push(s);
        });
        return out;
    }
    /** Report every key of map that is not in allowed, suggesting the nearest allowed one. */
    onlyKeys(map, path, allowed) {
        for (const key of Object.keys(map)) {
            if (allowed.includes(key))
                continue;
            const hint = nearest(key, allowed);
            const where = path.length ? ` in ${this.label(path)}` : '';
            this.fail([...path, key], `unknown key ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(key)}${where}${hint ? ` (did you mean '${hint}'?)` : ''}`);
        }
    }
}
function nearest(word, candidates) {
    let best;
    let bestDistance = 3;
    for (const c of candidates) {
        const d = editDistance(word.toLowerCase(), c);
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}
function editDistance(a, b) {
    if (Math.abs(a.length - b.length) > 3)
        return 99;
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0] ?? 0;
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j] ?? 0;
            row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length] ?? 99;
}


/***/ }),

/***/ 6085:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fU: () => (/* binding */ globMatcher),
/* harmony export */   fg: () => (/* binding */ isGlob),
/* harmony export */   kZ: () => (/* binding */ pathMatcher),
/* harmony export */   sB: () => (/* binding */ matchGlob)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Globs, with picomatch and GitHub's semantics for workflow path filters: `*` and `?` stay inside one
 * segment, `**` spans segments, `[ab]` is a class, `{a,b}` is either. File paths use '/' as the separator,
 * metric names '.', model names '/'. A leading '!' excludes, in the list of manifest globs only.
 */

const OPTIONS = {
    dot: true,
    noextglob: true,
    nonegate: true,
    strictSlashes: true,
};
const cache = new Map();
function compiled(pattern) {
    let match = cache.get(pattern);
    if (!match) {
        match = picomatch__WEBPACK_IMPORTED_MODULE_0___default()(pattern, OPTIONS);
        cache.set(pattern, match);
    }
    return match;
}
/** '.'-separated names are matched as paths: '.' and '/' trade places in both the pattern and the name. */
function asPath(text, separator) {
    return separator === '/' ? text : text.replace(/[./]/g, (c) => (c === '.' ? '/' : '.'));
}
function isGlob(pattern) {
    return picomatch__WEBPACK_IMPORTED_MODULE_0___default().scan(pattern, OPTIONS).isGlob;
}
function matchGlob(pattern, name, separator) {
    if (!isGlob(pattern))
        return pattern === name;
    return compiled(asPath(pattern, separator))(asPath(name, separator));
}
/** matchGlob(pattern, name, separator) as a function of the name, the pattern scanned and compiled once. */
function globMatcher(pattern, separator) {
    if (!isGlob(pattern))
        return (name) => name === pattern;
    const match = compiled(asPath(pattern, separator));
    return (name) => match(asPath(name, separator));
}
/**
 * A manifest glob, strictly: an unclosed brace, bracket or parenthesis is an error, as it was when these
 * globs were compiled to a regular expression by hand (it almost always is a typo, not a literal).
 */
function strict(pattern) {
    try {
        return picomatch__WEBPACK_IMPORTED_MODULE_0___default()(pattern, { ...OPTIONS, strictBrackets: true });
    }
    catch (error) {
        throw new SyntaxError(`Invalid regular expression: ${error.message}`);
    }
}
/** Patterns one per line; a leading '!' excludes. Throws on a pattern picomatch cannot compile. */
function pathMatcher(patterns) {
    const lines = patterns
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    const include = lines.filter((l) => !l.startsWith('!')).map(strict);
    const exclude = lines.filter((l) => l.startsWith('!')).map((l) => strict(l.slice(1)));
    return (path) => include.some((match) => match(path)) && !exclude.some((match) => match(path));
}


/***/ }),

/***/ 9814:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dy: () => (/* binding */ invisibleCharacter),
/* harmony export */   RK: () => (/* binding */ visible),
/* harmony export */   qV: () => (/* binding */ skeleton)
/* harmony export */ });
/* unused harmony exports codePoint, looksLike */
/**
 * Names people read: a metric or model name with an invisible character, or one that only looks like
 * another, is a way to make a rule stop applying without anyone noticing. Pure functions.
 */
/**
 * Characters a reader cannot see: controls (Cc), format characters (Cf: zero-width spaces and joiners,
 * bidi controls, soft hyphen, word joiner, BOM), line and paragraph separators, and the blank letters
 * (Hangul fillers, braille blank) that render as nothing.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\u2800]/u;
/** The first invisible character of text, as `U+200B`, or undefined. */
function invisibleCharacter(text) {
    const m = INVISIBLE.exec(text);
    return m ? codePoint(m[0]) : undefined;
}
function codePoint(ch) {
    return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
/** Text with every character outside printable ASCII shown as \uXXXX, for messages about look-alikes. */
function visible(text) {
    let out = '';
    for (const ch of text) {
        const cp = ch.codePointAt(0) ?? 0;
        out += cp >= 0x20 && cp < 0x7f ? ch : `\\u{${cp.toString(16).toUpperCase()}}`;
    }
    return out;
}
/**
 * Letters of other scripts that look like Latin ones (from Unicode's confusables for the letters metric
 * names are made of). Compatibility forms (fullwidth, mathematical letters) are folded by NFKC first.
 */
const LOOKALIKES = {
    // Cyrillic
    а: 'a',
    в: 'b',
    с: 'c',
    ԁ: 'd',
    е: 'e',
    ё: 'e',
    һ: 'h',
    і: 'i',
    ї: 'i',
    ј: 'j',
    к: 'k',
    ӏ: 'l',
    м: 'm',
    н: 'h',
    о: 'o',
    р: 'p',
    ԛ: 'q',
    ѕ: 's',
    т: 't',
    у: 'y',
    х: 'x',
    ԝ: 'w',
    ь: 'b',
    А: 'a',
    В: 'b',
    С: 'c',
    Е: 'e',
    Н: 'h',
    І: 'i',
    Ј: 'j',
    К: 'k',
    М: 'm',
    О: 'o',
    Р: 'p',
    Ѕ: 's',
    Т: 't',
    Х: 'x',
    У: 'y',
    // Greek
    α: 'a',
    β: 'b',
    ε: 'e',
    ι: 'i',
    κ: 'k',
    ν: 'v',
    ο: 'o',
    ρ: 'p',
    τ: 't',
    υ: 'u',
    χ: 'x',
    Α: 'a',
    Β: 'b',
    Ε: 'e',
    Η: 'h',
    Ι: 'i',
    Κ: 'k',
    Μ: 'm',
    Ν: 'n',
    Ο: 'o',
    Ρ: 'p',
    Τ: 't',
    Χ: 'x',
    Υ: 'y',
    Ζ: 'z',
    // Latin look-alikes and digits
    ı: 'i',
    ɑ: 'a',
    ɡ: 'g',
    ℓ: 'l',
    '0': 'o',
    '1': 'l',
};
/** What a name looks like: compatibility forms and accents folded, look-alike letters replaced, lower case. */
function skeleton(name) {
    let out = '';
    for (const ch of name.normalize('NFKD').replace(/\p{M}/gu, ''))
        out += LOOKALIKES[ch] ?? ch;
    return out.toLowerCase();
}
/** True when a and b are different names that a reader would take for the same one. */
function looksLike(a, b) {
    return a !== b && skeleton(a) === skeleton(b);
}


/***/ }),

/***/ 4414:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   Y1: () => (/* binding */ ARTIFACT_PINS),
/* harmony export */   yl: () => (/* binding */ validateManifest)
/* harmony export */ });
/* unused harmony exports DATA_ROLES, ARTIFACT_SIZES, MANIFEST_KEYS, MAX_METRICS_FILES, insideRepository */
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7135);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9169);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(242);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3010);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2483);
/* harmony import */ var _params_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(1173);
/** The model manifest (`model.yaml`): parse, validate, and hold the snapshot of one model version. */







const DATA_ROLES = ['train', 'eval', 'test', 'other'];
/** Ways an artifact (a data set, the weights) is pinned: a content hash, or a DVC / Git LFS pointer. */
const ARTIFACT_PINS = ['sha256', 'md5', 'dvc', 'lfs'];
/** What a pointer file also records, written into the snapshot when the pointer is read. */
const ARTIFACT_SIZES = ['size', 'nfiles'];
const MANIFEST_KEYS = [
    'name',
    'version',
    'description',
    'architecture',
    'hyperparameters',
    'data',
    'weights',
    'metrics',
    'metrics_files',
    'params',
    'evaluation',
    'deployment',
];
/** Most metrics files one manifest may list: each is a read (an API call in the action). */
const MAX_METRICS_FILES = 16;
function parseManifest(text, file) {
    let doc;
    try {
        doc = (0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, file);
    }
    catch (error) {
        if (error instanceof _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz)
            return { ok: false, errors: [error] };
        throw error;
    }
    return validateManifest(doc);
}
function validateManifest(doc) {
    const r = new _fields_js__WEBPACK_IMPORTED_MODULE_3__/* .FieldReader */ .U(doc);
    const root = doc.value;
    if (root === null || typeof root !== 'object' || Array.isArray(root)) {
        return { ok: false, errors: [new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(doc.locate([]), 'a manifest must be a mapping')] };
    }
    r.onlyKeys(root, [], MANIFEST_KEYS);
    const name = readName(r, root);
    const rawVersion = readVersion(r, root);
    const description = r.string(root.description, ['description']);
    r.map(root.architecture, ['architecture']);
    r.map(root.hyperparameters, ['hyperparameters']);
    r.map(root.deployment, ['deployment']);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(doc.file);
    const data = readData(r, root.data, dir);
    const weights = readArtifact(r, root.weights, ['weights'], dir);
    const metricsFiles = readMetricsFiles(r, root.metrics_files, dir);
    const params = (0,_params_js__WEBPACK_IMPORTED_MODULE_6__/* .readParams */ .LE)(r, root.params);
    params.forEach((p) => {
        if (!insideRepository(p.file, dir))
            r.fail(p.at, leavesMessage('params file', p.file, dir));
    });
    const evaluationDataset = readEvaluation(r, root.evaluation, data);
    const metrics = (0,_metrics_js__WEBPACK_IMPORTED_MODULE_4__/* .flattenMetrics */ .g8)(r, root.metrics, ['metrics'], 'strict');
    if (r.errors.length > 0 || name === undefined || rawVersion === undefined) {
        return { ok: false, errors: r.errors, ...(name && !(0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .nameProblem */ .rH)(name) ? { name } : {}) };
    }
    return {
        ok: true,
        manifest: {
            file: doc.file,
            name,
            version: rawVersion,
            ...(description !== undefined ? { description } : {}),
            data,
            metricsFiles,
            params,
            references: [
                ...referencesOf(doc, metricsFiles, data, weights),
                ...params.map((p) => ({ path: node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(dir, p.file)), key: `params[${p.file}]` })),
            ],
            ...(evaluationDataset !== undefined ? { evaluationDataset } : {}),
            metrics,
            snapshot: root,
            lineOf: (path) => doc.locate(path).line,
        },
    };
}
function readName(r, root) {
    const name = r.string(root.name, ['name']);
    if (root.name === undefined || root.name === null)
        r.fail([], "missing required key 'name'");
    else if (name !== undefined) {
        const problem = (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .nameProblem */ .rH)(name);
        if (problem)
            r.fail(['name'], `name ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(name)} ${problem}`);
    }
    return name;
}
function readVersion(r, root) {
    const rawVersion = typeof root.version === 'number' ? undefined : r.string(root.version, ['version']);
    if (root.version === undefined || root.version === null)
        r.fail([], "missing required key 'version'");
    else if (typeof root.version === 'number') {
        r.fail(['version'], `version must be a SemVer string such as '1.2.0' (quote it in YAML)`);
    }
    else if (rawVersion !== undefined && !(0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSemVer */ .IX)(rawVersion)) {
        r.fail(['version'], `version ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(rawVersion)} is not SemVer (MAJOR.MINOR.PATCH, a leading 'v' allowed)`);
    }
    return rawVersion;
}
/** The evaluation section: its dataset must name a data entry. Returns that dataset's name. */
function readEvaluation(r, value, data) {
    const evaluation = r.map(value, ['evaluation']);
    if (!evaluation)
        return undefined;
    r.onlyKeys(evaluation, ['evaluation'], ['dataset', 'environment']);
    const dataset = r.string(evaluation.dataset, ['evaluation', 'dataset']);
    r.map(evaluation.environment, ['evaluation', 'environment']);
    if (dataset !== undefined && !data.some((d) => d.name === dataset)) {
        r.fail(['evaluation', 'dataset'], `evaluation.dataset ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(dataset)} names no data entry`);
    }
    return dataset;
}
function readMetricsFiles(r, value, dir) {
    const metricsFiles = r.stringList(value, ['metrics_files']) ?? [];
    if (metricsFiles.length > MAX_METRICS_FILES) {
        r.fail(['metrics_files'], `metrics_files lists ${metricsFiles.length} files; at most ${MAX_METRICS_FILES} are read`);
    }
    metricsFiles.forEach((path, i) => {
        if (!insideRepository(path, dir)) {
            r.fail(['metrics_files', i], leavesMessage('metrics file', path, dir));
        }
        else if (metricsFiles.indexOf(path) !== i) {
            r.fail(['metrics_files', i], `metrics file ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(path)} is listed twice`);
        }
    });
    return metricsFiles;
}
function readData(r, value, dir) {
    const items = r.list(value, ['data']);
    if (!items)
        return [];
    const out = [];
    const seen = new Set();
    items.forEach((item, i) => {
        const path = ['data', i];
        const entry = r.map(item, path);
        if (!entry) {
            if (item === null)
                r.fail(path, `data[${i}] must be a mapping`);
            return;
        }
        r.onlyKeys(entry, path, ['name', 'role', 'uri', ...ARTIFACT_PINS, ...ARTIFACT_SIZES]);
        for (const key of ARTIFACT_SIZES)
            r.number(entry[key], [...path, key]);
        const name = r.string(entry.name, [...path, 'name']);
        if (entry.name === undefined)
            r.fail(path, `data[${i}] is missing required key 'name'`);
        const role = r.string(entry.role, [...path, 'role']) ?? 'other';
        if (!DATA_ROLES.includes(role)) {
            r.fail([...path, 'role'], `data[${i}].role ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(role)} must be one of ${DATA_ROLES.join(', ')}`);
        }
        const pins = {};
        for (const key of ['uri', ...ARTIFACT_PINS]) {
            const v = r.string(entry[key], [...path, key]);
            if (v !== undefined)
                pins[key] = v;
        }
        checkPointers(r, pins, path, dir);
        if (name !== undefined) {
            if (seen.has(name))
                r.fail([...path, 'name'], `duplicate data entry ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(name)}`);
            seen.add(name);
            out.push({ name, role: role, ...pins });
        }
    });
    return out;
}
function readArtifact(r, value, path, dir) {
    const map = r.map(value, path);
    const pins = {};
    if (!map)
        return pins;
    for (const key of ARTIFACT_SIZES)
        r.number(map[key], [...path, key]);
    for (const key of ['uri', ...ARTIFACT_PINS]) {
        const v = r.string(map[key], [...path, key]);
        if (v !== undefined)
            pins[key] = v;
    }
    checkPointers(r, pins, path, dir);
    return pins;
}
/** Pointer files are read from the repository: they must be relative paths inside it. */
function checkPointers(r, pins, path, dir) {
    for (const key of POINTERS) {
        const p = pins[key];
        if (p !== undefined && !insideRepository(p, dir)) {
            r.fail([...path, key], leavesMessage(`${key} pointer`, p, dir));
        }
    }
}
const POINTERS = ['dvc', 'lfs'];
/**
 * A relative path that, resolved against the manifest's folder `dir`, stays inside the repository: '..' is
 * allowed as long as the normalized path does not climb out. No leading '/', no backslash, no NUL.
 */
function insideRepository(path, dir = '.') {
    if (path === '' || path.startsWith('/') || path.includes('\\') || path.includes('\0'))
        return false;
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(dir, path));
    return resolved !== '..' && !resolved.startsWith('../') && resolved !== '.';
}
function leavesMessage(what, path, dir) {
    if (path === '' || path.startsWith('/') || path.includes('\\') || path.includes('\0'))
        return `${what} ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(path)} must be a relative path inside the repository`;
    const from = dir === '.' ? 'the repository root' : `${dir}/`;
    return `${what} ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(path)} leaves the repository (resolved from ${from})`;
}
/** Every file the manifest references, resolved against its folder: metrics files and pointer files. */
function referencesOf(doc, metricsFiles, data, weights) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(doc.file);
    const out = [];
    const add = (rel, key, at) => {
        if (!insideRepository(rel, dir))
            return;
        const line = doc.locate(at).line;
        out.push({ path: node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(dir, rel)), key, ...(line ? { line } : {}) });
    };
    metricsFiles.forEach((p, i) => add(p, `metrics_files[${i}]`, ['metrics_files', i]));
    const items = Array.isArray(doc.value) ? [] : doc.value.data;
    data.forEach((d) => {
        const i = Array.isArray(items) ? items.findIndex((x) => (0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainMap */ .nK)(x) && x.name === d.name) : -1;
        for (const key of POINTERS) {
            const p = d[key];
            if (p !== undefined)
                add(p, `data[${d.name}].${key}`, ['data', i, key]);
        }
    });
    for (const key of POINTERS) {
        const p = weights[key];
        if (p !== undefined)
            add(p, `weights.${key}`, ['weights', key]);
    }
    return out;
}


/***/ }),

/***/ 3010:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g8: () => (/* binding */ flattenMetrics),
/* harmony export */   jI: () => (/* binding */ parseMetricsFile),
/* harmony export */   tZ: () => (/* binding */ metricValues)
/* harmony export */ });
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7135);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9169);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(242);
/* harmony import */ var _lookalike_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9814);
/** Metric values: a number, or {value, n, std, ci}; nested mappings flatten to dotted names. */




/** The values of located metrics, as the registry stores them and the reports chart them. */
function metricValues(metrics) {
    return Object.fromEntries([...metrics].map(([name, m]) => [name, m.metric]));
}
const METRIC_OBJECT_KEYS = ['value', 'n', 'std', 'ci'];
/**
 * Flatten a metrics mapping. In a manifest every leaf must be a metric (strict) and may declare
 * `renamed_from`; in a metrics file (DVC-style, lenient) leaves that are not numbers are skipped, as DVC
 * does, and collected in `skipped`. Either way a name with an invisible character, or one flattened name
 * written twice (`{"a.b": 1, "a": {"b": 2}}`), is an error.
 */
function flattenMetrics(reader, value, path, mode, skipped = []) {
    const out = new Map();
    const put = (name, at, metric) => {
        const earlier = out.get(name);
        if (earlier) {
            reader.fail(at, `metric ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(name)} is written twice (also at line ${earlier.line ?? '?'})`);
        }
        else
            out.set(name, metric);
    };
    const walk = (node, at, name) => {
        const pos = reader.doc.locate(at);
        if (typeof node === 'number') {
            put(name, at, { metric: { value: node }, file: pos.file, line: pos.line });
            return;
        }
        if ((0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(node) && 'value' in node) {
            const read = readMetricObject(reader, node, at, mode);
            if (read)
                put(name, at, {
                    metric: read.metric,
                    file: pos.file,
                    line: pos.line,
                    ...(read.renamedFrom ? { renamedFrom: read.renamedFrom } : {}),
                });
            return;
        }
        if ((0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(node)) {
            for (const [key, child] of Object.entries(node)) {
                const hidden = (0,_lookalike_js__WEBPACK_IMPORTED_MODULE_3__/* .invisibleCharacter */ .Dy)(key);
                if (hidden) {
                    reader.fail([...at, key], `metric name ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(key)} contains an invisible character (${hidden})`);
                    continue;
                }
                walk(child, [...at, key], name ? `${name}.${key}` : key);
            }
            return;
        }
        if (mode === 'strict') {
            reader.fail(at, `metric ${name || reader.label(at)} must be a number or {value, n, std, ci}`);
        }
        else {
            skipped.push({ name, file: pos.file, line: pos.line, type: typeOf(node) });
        }
    };
    if (value === undefined || value === null)
        return out;
    if (!(0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(value)) {
        reader.fail(path, `${reader.label(path) || 'metrics'} must be a mapping of metric names`);
        return out;
    }
    walk(value, path, '');
    return out;
}
function typeOf(node) {
    if (node === null || node === undefined)
        return 'null';
    if (Array.isArray(node))
        return 'list';
    return typeof node;
}
function readMetricObject(reader, node, at, mode) {
    reader.onlyKeys(node, at, mode === 'strict' ? [...METRIC_OBJECT_KEYS, 'renamed_from'] : METRIC_OBJECT_KEYS);
    const renamedFrom = mode === 'strict' ? readRenamedFrom(reader, node.renamed_from, at) : undefined;
    const value = reader.number(node.value, [...at, 'value']);
    if (value === undefined) {
        reader.fail([...at, 'value'], `${reader.label([...at, 'value'])} must be a number`);
        return undefined;
    }
    const n = reader.number(node.n, [...at, 'n']);
    if (n !== undefined && (!Number.isInteger(n) || n < 1)) {
        reader.fail([...at, 'n'], `${reader.label([...at, 'n'])} must be a positive integer`);
    }
    const std = reader.number(node.std, [...at, 'std']);
    if (std !== undefined && std < 0)
        reader.fail([...at, 'std'], `${reader.label([...at, 'std'])} must be >= 0`);
    let ci;
    const ciList = reader.list(node.ci, [...at, 'ci']);
    if (ciList) {
        const [lo, hi] = ciList;
        if (ciList.length !== 2 || typeof lo !== 'number' || typeof hi !== 'number' || lo > hi) {
            reader.fail([...at, 'ci'], `${reader.label([...at, 'ci'])} must be [low, high] with low <= high`);
        }
        else {
            ci = [lo, hi];
        }
    }
    const metric = {
        value,
        ...(n !== undefined ? { n } : {}),
        ...(std !== undefined ? { std } : {}),
        ...(ci ? { ci } : {}),
    };
    return renamedFrom ? { metric, renamedFrom } : { metric };
}
function readRenamedFrom(reader, value, at) {
    const path = [...at, 'renamed_from'];
    const old = reader.string(value, path);
    if (old === undefined)
        return undefined;
    const hidden = (0,_lookalike_js__WEBPACK_IMPORTED_MODULE_3__/* .invisibleCharacter */ .Dy)(old);
    if (hidden || old === '') {
        reader.fail(path, `renamed_from ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(old)} must be a metric name without invisible characters`);
        return undefined;
    }
    return old;
}
/**
 * A DVC-style metrics file (JSON, YAML or TOML), flattened to dotted names; non-numbers skipped. JSON goes
 * through JSON.parse when it can (parseJsonDocument: the same value, positions, and errors).
 */
function parseMetricsFile(text, file) {
    const doc = (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .formatOf */ .be)(file) === 'json' ? (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonDocument */ .dH)(text, file) : (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, file);
    const reader = new _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .FieldReader */ .U(doc);
    const skipped = [];
    const metrics = flattenMetrics(reader, doc.value, [], 'lenient', skipped);
    const first = reader.errors[0];
    if (first)
        throw first;
    if (!(0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(doc.value))
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file }, 'a metrics file must hold a mapping');
    return { metrics, skipped };
}


/***/ }),

/***/ 2483:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cg: () => (/* binding */ compareSemVer),
/* harmony export */   HX: () => (/* binding */ SEMVER),
/* harmony export */   IX: () => (/* binding */ parseSemVer),
/* harmony export */   Qj: () => (/* binding */ normalizeVersion),
/* harmony export */   lV: () => (/* binding */ GTO_NAME),
/* harmony export */   r1: () => (/* binding */ sameVersion),
/* harmony export */   rH: () => (/* binding */ nameProblem)
/* harmony export */ });
/* unused harmony export MAX_NAME_LENGTH */
/** Model names and versions: the identifiers that become file paths, git refs and GTO tags. */
/**
 * A name GTO accepts for an artifact or a stage (gto/constants.py): letters, digits, '-', '_' and '/', not
 * starting or ending with '-', '_' or '/'. Unanchored, for building patterns.
 */
const GTO_NAME = String.raw `[a-zA-Z0-9](?:[a-zA-Z0-9/_-]*[a-zA-Z0-9])?`;
/** A model's name: GTO-compatible, narrowed to lowercase letters, digits, '-' and '/'. */
const NAME = /^[a-z0-9]([a-z0-9\-/]*[a-z0-9])?$/;
const MAX_NAME_LENGTH = 100;
function nameProblem(name) {
    if (name.length > MAX_NAME_LENGTH)
        return `is longer than ${MAX_NAME_LENGTH} characters`;
    if (!NAME.test(name))
        return "must match [a-z0-9]([a-z0-9-/]*[a-z0-9])? (lowercase letters, digits, '-', '/')";
    if (name.includes('//'))
        return "must not contain '//'";
    return undefined;
}
const NUM = String.raw `(0|[1-9]\d*)`;
const PRE_PART = String.raw `(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)`;
/**
 * SemVer 2.0.0 without a leading 'v', unanchored, for building patterns (GTO's tag grammar uses it too).
 * Groups: major, minor, patch, prerelease, build.
 */
const SEMVER = String.raw `${NUM}\.${NUM}\.${NUM}(?:-(${PRE_PART}(?:\.${PRE_PART})*))?` +
    String.raw `(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?`;
const SEMVER_RE = new RegExp(`^v?${SEMVER}$`);
function parseSemVer(text) {
    if (text.length > 128)
        return undefined;
    const m = SEMVER_RE.exec(text);
    if (!m)
        return undefined;
    return {
        major: Number(m[1]),
        minor: Number(m[2]),
        patch: Number(m[3]),
        prerelease: m[4] ? m[4].split('.') : [],
    };
}
/** The version without a leading 'v': '3.1.0' and 'v3.1.0' name the same version. */
function normalizeVersion(version) {
    return version.startsWith('v') ? version.slice(1) : version;
}
function sameVersion(a, b) {
    return normalizeVersion(a) === normalizeVersion(b);
}
function compareSemVer(a, b) {
    for (const key of ['major', 'minor', 'patch']) {
        if (a[key] !== b[key])
            return a[key] < b[key] ? -1 : 1;
    }
    if (a.prerelease.length === 0 || b.prerelease.length === 0) {
        return b.prerelease.length - a.prerelease.length === 0 ? 0 : a.prerelease.length === 0 ? 1 : -1;
    }
    for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
        const x = a.prerelease[i];
        const y = b.prerelease[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        if (x === y)
            continue;
        const xn = /^\d+$/.test(x);
        const yn = /^\d+$/.test(y);
        if (xn && yn)
            return Number(x) < Number(y) ? -1 : 1;
        if (xn !== yn)
            return xn ? -1 : 1;
        return x < y ? -1 : 1;
    }
    return 0;
}


/***/ }),

/***/ 1173:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LE: () => (/* binding */ readParams),
/* harmony export */   V9: () => (/* binding */ flattenParams),
/* harmony export */   gI: () => (/* binding */ paramsOf)
/* harmony export */ });
/* unused harmony export MAX_PARAMS_FILES */
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7135);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9169);
/**
 * `params:` in a manifest: hyperparameters read from the params files a project already keeps (DVC's
 * `params.yaml`, JSON, TOML), all their keys or a selection, flattened to dotted names.
 *
 *   params: [params.yaml]                                   # every key
 *   params: {params.yaml: [train.n_est, train.seed]}        # a selection (a section selects all under it)
 */


/** Most params files one manifest may list: each is a read. */
const MAX_PARAMS_FILES = 16;
/** The `params:` key: a list of files, or a mapping of file to a list of keys (null: all keys). */
function readParams(r, value) {
    if (value === undefined || value === null)
        return [];
    const out = [];
    if (Array.isArray(value)) {
        r.stringList(value, ['params'])?.forEach((file, i) => out.push({ file, at: ['params', i] }));
    }
    else if ((0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(value)) {
        for (const [file, keys] of Object.entries(value)) {
            const at = ['params', file];
            const list = keys === null ? undefined : r.stringList(keys, at);
            out.push({ file, ...(list ? { keys: list } : {}), at });
        }
    }
    else {
        r.fail(['params'], 'params must be a list of files or a mapping of file to a list of keys');
    }
    if (out.length > MAX_PARAMS_FILES) {
        r.fail(['params'], `params lists ${out.length} files; at most ${MAX_PARAMS_FILES} are read`);
    }
    return out;
}
/** Nested mappings flattened to dotted names; lists and scalars are values. */
function flattenParams(value, prefix = '', out = {}) {
    for (const [k, v] of Object.entries(value)) {
        const key = prefix ? `${prefix}.${k}` : k;
        if ((0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(v))
            flattenParams(v, key, out);
        else
            Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    }
    return out;
}
/**
 * A params file's values, flattened, restricted to the selected keys (a section selects all below it). A
 * selected key the file lacks is reported through `missing`.
 */
function paramsOf(text, file, keys, missing = (key) => {
    throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file }, `params key ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(key)} is not in ${file}`);
}) {
    const doc = (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, file);
    if (!(0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(doc.value))
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(doc.locate([]), `params file ${file} must be a mapping`);
    const all = flattenParams(doc.value);
    if (keys === undefined)
        return all;
    const out = {};
    for (const key of keys) {
        const under = Object.keys(all).filter((k) => k === key || k.startsWith(`${key}.`));
        if (under.length === 0)
            missing(key);
        for (const k of under) {
            Object.defineProperty(out, k, { value: all[k], enumerable: true, writable: true, configurable: true });
        }
    }
    return out;
}


/***/ }),

/***/ 4797:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _x: () => (/* binding */ countEffects),
/* harmony export */   kh: () => (/* binding */ withPolicyChanges),
/* harmony export */   wR: () => (/* binding */ diffPolicies)
/* harmony export */ });
/* unused harmony exports POLICY_DIFF_MAX_RULES, toleranceChange, boundChange, significanceChanges, limitChanges, policyDiffLevel */
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7580);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6085);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2721);
/**
 * What a proposed policy changes, rule by rule, compared with the policy in force: each difference is looser
 * (the gate lets more through), tighter, or neutral. Pure: two parsed policies in, a list of changes out.
 *
 * Rules are compared as they resolve, at four levels: the defaults; each metric the policy names, for every
 * model; each model override's defaults; and each metric a model override names, for that model. A change is
 * listed at the most general level where it shows, so one edit of `defaults` is one row, not one per metric.
 */



/** Past this many rules in one policy the diff is not computed rule by rule: one looser row says so. */
const POLICY_DIFF_MAX_RULES = 1000;
const TIERS = ['warn', 'fail'];
const BOUNDS = ['min', 'max'];
function diffPolicies(before, after) {
    const out = { before: before.source, after: after.source };
    const size = Math.max(ruleCount(before), ruleCount(after));
    if (size > POLICY_DIFF_MAX_RULES) {
        const note = `${size} rules, over the ${POLICY_DIFF_MAX_RULES} compared one by one: review it by hand`;
        return { ...out, changes: [change('policy', 'rules', 'in force', 'proposed', 'looser', note)] };
    }
    const changes = [];
    const base = ruleAt(before, after, undefined, undefined);
    changes.push(...ruleChanges('defaults', base));
    for (const metric of metricNames(before, after)) {
        const at = ruleAt(before, after, undefined, metric);
        const scope = `metrics.${metric}`;
        const rows = ruleChanges(scope, at, [base]);
        changes.push(...(rows.length ? rows : presence(scope, hasMetric(before, metric), hasMetric(after, metric))));
    }
    changes.push(...requireChanges('require', before.require, after.require));
    changes.push(...significanceChanges(before, after));
    changes.push(...limitChanges(before, after));
    for (const model of modelPatterns(before, after))
        changes.push(...modelChanges(before, after, model, base));
    return { ...out, changes };
}
function modelChanges(before, after, model, base) {
    const scope = `models.${model}`;
    const own = ruleAt(before, after, model, undefined);
    const changes = ruleChanges(`${scope}.defaults`, own, [base]);
    for (const metric of modelMetricNames(before, after, model)) {
        const parents = [ruleAt(before, after, undefined, metric), own];
        changes.push(...ruleChanges(`${scope}.metrics.${metric}`, ruleAt(before, after, model, metric), parents));
    }
    const global = new Set([...before.require, ...after.require]);
    const required = (p) => (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .requiredMetrics */ .$F)(p, model).filter((m) => !global.has(m));
    changes.push(...requireChanges(`${scope}.require`, required(before), required(after)));
    if (changes.length === 0) {
        const has = (p) => p.models.some((o) => o.pattern === model);
        changes.push(...presence(scope, has(before), has(after)));
    }
    return changes;
}
/**
 * The rule both policies resolve to for a model and a metric; an undefined model means "a model no override
 * names", an undefined metric "a metric no rule names".
 */
function ruleAt(before, after, model, metric) {
    const at = (p) => {
        const metrics = metric === undefined ? [] : p.metrics;
        const models = model === undefined ? [] : p.models.map((o) => (metric === undefined ? { ...o, metrics: [] } : o));
        return (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveRule */ .rj)({ ...p, metrics, models }, model ?? '', metric ?? '');
    };
    return [at(before), at(after)];
}
/** The settings that differ between a pair, unless a parent level shows the very same difference. */
function ruleChanges(scope, [a, b], parents = []) {
    const out = [];
    const shownAbove = (key) => parents.some(([pa, pb]) => same(pa[key], a[key]) && same(pb[key], b[key]));
    if (a.better !== b.better && !shownAbove('better')) {
        out.push(change(scope, 'better', a.better, b.better, 'looser', 'a worse value now counts as better'));
    }
    for (const tier of TIERS) {
        if (same(a[tier], b[tier]) || shownAbove(tier))
            continue;
        out.push(toleranceChange(scope, tier, a[tier], b[tier]));
    }
    for (const bound of BOUNDS) {
        if (a[bound] === b[bound] || shownAbove(bound))
            continue;
        out.push(boundChange(scope, bound, a[bound], b[bound]));
    }
    return out;
}
function same(x, y) {
    if (typeof x === 'object' && typeof y === 'object')
        return (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTolerance */ .z9)(x) === (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTolerance */ .z9)(y);
    return x === y;
}
/**
 * A larger tolerance is looser, a removed one looser, an added one tighter. A percentage and an absolute
 * amount cannot be compared without a baseline value, so a change of kind counts as looser unless the new
 * tolerance is zero (nothing is stricter than zero).
 */
function toleranceChange(scope, tier, a, b) {
    const show = (t) => (t ? (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .formatTolerance */ .z9)(t) : 'none');
    const row = (effect, note) => change(scope, tier, show(a), show(b), effect, note);
    if (!a)
        return row('tighter');
    if (!b)
        return row('looser');
    const size = (t) => (t.kind === 'absolute' ? t.amount : t.percent);
    if (a.kind === b.kind)
        return row(size(b) > size(a) ? 'looser' : 'tighter');
    if (size(b) === 0)
        return row(size(a) === 0 ? 'neutral' : 'tighter', 'changed kind');
    return row('looser', 'changed kind: which is wider depends on the baseline value');
}
/** A lower floor or a higher ceiling is looser; a removed bound looser, an added one tighter. */
function boundChange(scope, bound, a, b) {
    const show = (n) => (n === undefined ? 'none' : String(n));
    const row = (effect) => change(scope, bound, show(a), show(b), effect);
    if (a === undefined)
        return row('tighter');
    if (b === undefined)
        return row('looser');
    const higher = b > a;
    return row(higher === (bound === 'max') ? 'looser' : 'tighter');
}
function requireChanges(scope, a, b) {
    const removed = a.filter((m) => !b.includes(m));
    const added = b.filter((m) => !a.includes(m));
    return [
        ...removed.map((m) => change(scope, m, 'required', 'not required', 'looser')),
        ...added.map((m) => change(scope, m, 'not required', 'required', 'tighter')),
    ];
}
/**
 * With significance on, a failure whose p-value is above alpha becomes a warning: turning it on, or lowering
 * alpha, lets more failures through; turning it off, or raising alpha, fewer.
 */
function significanceChanges(before, after) {
    const a = before.significance?.alpha;
    const b = after.significance?.alpha;
    if (a === b)
        return [];
    const show = (x) => (x === undefined ? 'off' : String(x));
    const effect = a === undefined ? 'looser' : b === undefined ? 'tighter' : b < a ? 'looser' : 'tighter';
    return [change('significance', 'alpha', show(a), show(b), effect)];
}
/** A higher metric bound lets a run compare more (and refuse fewer models): looser; a lower one, tighter. */
function limitChanges(before, after) {
    const a = before.metricsPerRun ?? _policy_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_METRICS_PER_RUN */ .QA;
    const b = after.metricsPerRun ?? _policy_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_METRICS_PER_RUN */ .QA;
    if (a === b)
        return [];
    return [change('limits', 'metrics_per_run', String(a), String(b), b > a ? 'looser' : 'tighter')];
}
function presence(scope, a, b) {
    if (a === b)
        return [];
    return [
        change(scope, 'rule', a ? 'set' : 'none', b ? 'set' : 'none', 'neutral', 'same as what it inherits'),
    ];
}
function change(scope, setting, before, after, effect, note) {
    return { scope, setting, before, after, effect, ...(note ? { note } : {}) };
}
function metricNames(before, after) {
    return sortedUnion([...before.metrics, ...after.metrics].map((r) => r.pattern));
}
function hasMetric(p, metric) {
    return p.metrics.some((r) => r.pattern === metric);
}
function modelPatterns(before, after) {
    return sortedUnion([...before.models, ...after.models].map((o) => o.pattern));
}
function modelMetricNames(before, after, model) {
    const own = [...before.models, ...after.models].filter((o) => o.pattern === model);
    return sortedUnion(own.flatMap((o) => o.metrics.map((r) => r.pattern)));
}
function sortedUnion(names) {
    return [...new Set(names)].sort((x, y) => ((0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .isGlob */ .fg)(x) === (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .isGlob */ .fg)(y) ? (x < y ? -1 : 1) : (0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .isGlob */ .fg)(x) ? -1 : 1));
}
function ruleCount(p) {
    return p.metrics.length + p.require.length + p.models.reduce((n, o) => n + 1 + o.metrics.length, 0);
}
function countEffects(diff) {
    const counts = { looser: 0, tighter: 0, neutral: 0 };
    for (const c of diff?.changes ?? [])
        counts[c.effect]++;
    return counts;
}
/** Loosening the gate is a warning (so `fail-on: warn` blocks it); tightening it is not. */
function policyDiffLevel(diff) {
    return diff?.changes.some((c) => c.effect === 'looser') ? 'warn' : 'pass';
}
/** The run's verdict once the proposed policy is counted: a policy change alone is checked, not skipped. */
function withPolicyChanges(verdict, diff) {
    if (!diff)
        return verdict;
    const level = policyDiffLevel(diff);
    return verdict === 'skip' ? level : (0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .worst */ .QZ)([verdict, level]);
}


/***/ }),

/***/ 2721:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ requiredMetrics),
/* harmony export */   Ev: () => (/* binding */ toleranceAmount),
/* harmony export */   KV: () => (/* binding */ policyFor),
/* harmony export */   ON: () => (/* binding */ parsePolicy),
/* harmony export */   QA: () => (/* binding */ DEFAULT_METRICS_PER_RUN),
/* harmony export */   lo: () => (/* binding */ DEFAULT_POLICY_PATH),
/* harmony export */   rj: () => (/* binding */ resolveRule),
/* harmony export */   z9: () => (/* binding */ formatTolerance),
/* harmony export */   zj: () => (/* binding */ DEFAULT_POLICY)
/* harmony export */ });
/* unused harmony exports MAX_METRICS_PER_RUN, BUILT_IN_DEFAULTS, inferDirection, namesMetric, chartedMetrics */
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7135);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9169);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(242);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6085);
/**
 * The gate's policy (`.github/model-gate.yml`): how far each metric may get worse before it warns or fails,
 * absolute bounds, required metrics, significance, and per-model overrides. Always read from the base.
 */




/** How many metrics one run compares, over every changed model, unless the policy says otherwise. */
const DEFAULT_METRICS_PER_RUN = 50_000;
/** The most a policy may raise that bound to: the work and the reports grow with it. */
const MAX_METRICS_PER_RUN = 1_000_000;
/** Applies where there is no policy file, and under every key a policy file does not set. */
const BUILT_IN_DEFAULTS = {
    warn: { kind: 'percent', percent: 0.5 },
    fail: { kind: 'percent', percent: 1 },
};
const DEFAULT_POLICY = {
    source: 'built-in defaults',
    defaults: BUILT_IN_DEFAULTS,
    metrics: [],
    require: [],
    models: [],
};
const DEFAULT_POLICY_PATH = '.github/model-gate.yml';
const RULE_KEYS = ['better', 'warn', 'fail', 'min', 'max'];
function parsePolicy(text, file) {
    const doc = (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, file);
    const r = new _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .FieldReader */ .U(doc);
    const root = doc.value === null ? {} : (r.map(doc.value, []) ?? {});
    r.onlyKeys(root, [], ['defaults', 'metrics', 'require', 'significance', 'comparability', 'models', 'chart', 'limits']);
    const defaults = readRule(r, root.defaults, ['defaults']);
    const metrics = readPatternRules(r, root.metrics, ['metrics']);
    const require = readRequire(r, root.require, ['require']);
    const chart = r.stringList(root.chart, ['chart']);
    const significance = readSignificance(r, root.significance);
    const comparability = r.string(root.comparability, ['comparability']);
    if (comparability !== undefined && comparability !== 'strict' && comparability !== 'warn') {
        r.fail(['comparability'], `comparability must be 'strict' or 'warn', not ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(comparability)}`);
    }
    const metricsPerRun = readLimits(r, root.limits);
    const models = [];
    const modelMap = r.map(root.models, ['models']);
    for (const [pattern, value] of Object.entries(modelMap ?? {})) {
        const path = ['models', pattern];
        const override = r.map(value, path);
        if (!override)
            continue;
        r.onlyKeys(override, path, ['defaults', 'metrics', 'require', 'chart']);
        const modelChart = r.stringList(override.chart, [...path, 'chart']);
        models.push({
            pattern,
            defaults: readRule(r, override.defaults, [...path, 'defaults']),
            metrics: readPatternRules(r, override.metrics, [...path, 'metrics']),
            require: readRequire(r, override.require, [...path, 'require']),
            ...(modelChart ? { chart: modelChart } : {}),
        });
    }
    const first = r.errors[0];
    if (first)
        throw first;
    return {
        source: file,
        defaults: { ...BUILT_IN_DEFAULTS, ...defaults },
        metrics,
        require,
        ...(significance ? { significance } : {}),
        ...(comparability === 'warn' ? { comparability: 'warn' } : {}),
        models,
        ...(chart ? { chart } : {}),
        ...(metricsPerRun !== undefined ? { metricsPerRun } : {}),
    };
}
function readSignificance(r, value) {
    const sig = r.map(value, ['significance']);
    if (!sig)
        return undefined;
    r.onlyKeys(sig, ['significance'], ['alpha']);
    const alpha = r.number(sig.alpha, ['significance', 'alpha']);
    if (alpha === undefined || alpha <= 0 || alpha >= 1) {
        r.fail(['significance', 'alpha'], 'significance.alpha must be a number between 0 and 1');
        return undefined;
    }
    return { alpha };
}
/** `limits: {metrics_per_run: N}`: a whole number from 1 to MAX_METRICS_PER_RUN. */
function readLimits(r, value) {
    const limits = r.map(value, ['limits']);
    if (!limits)
        return undefined;
    r.onlyKeys(limits, ['limits'], ['metrics_per_run']);
    const n = r.number(limits.metrics_per_run, ['limits', 'metrics_per_run']);
    if (n === undefined)
        return undefined;
    if (!Number.isInteger(n) || n < 1 || n > MAX_METRICS_PER_RUN) {
        r.fail(['limits', 'metrics_per_run'], `limits.metrics_per_run must be a whole number from 1 to ${MAX_METRICS_PER_RUN.toLocaleString('en-US')}`);
        return undefined;
    }
    return n;
}
function readRequire(r, value, path) {
    return r.stringList(value, path) ?? [];
}
function readPatternRules(r, value, path) {
    const map = r.map(value, path);
    if (!map)
        return [];
    return Object.entries(map).map(([pattern, rule]) => ({
        pattern,
        rule: readRule(r, rule, [...path, pattern]),
    }));
}
function readRule(r, value, path) {
    if (value === undefined || value === null)
        return {};
    if (!(0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(value)) {
        r.fail(path, `${r.label(path)} must be a mapping of ${RULE_KEYS.join(', ')}`);
        return {};
    }
    r.onlyKeys(value, path, RULE_KEYS);
    const rule = {};
    const better = r.string(value.better, [...path, 'better']);
    if (better !== undefined) {
        if (better === 'higher' || better === 'lower')
            rule.better = better;
        else
            r.fail([...path, 'better'], `${r.label([...path, 'better'])} must be 'higher' or 'lower', not ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(better)}`);
    }
    for (const tier of ['warn', 'fail']) {
        const tolerance = readTolerance(r, value[tier], [...path, tier]);
        if (tolerance)
            rule[tier] = tolerance;
    }
    for (const bound of ['min', 'max']) {
        const n = r.number(value[bound], [...path, bound]);
        if (n !== undefined)
            rule[bound] = n;
    }
    return rule;
}
const PERCENT = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*%\s*$/;
function readTolerance(r, value, path) {
    if (value === undefined || value === null)
        return undefined;
    const label = r.label(path);
    if (typeof value === 'number') {
        if (value < 0)
            return r.fail(path, `${label} must not be negative`);
        return { kind: 'absolute', amount: value };
    }
    if (typeof value === 'string') {
        const m = PERCENT.exec(value);
        if (m?.[1])
            return { kind: 'percent', percent: Number(m[1]) };
        return r.fail(path, `${label} ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(value)} is not a percentage like '1%' or '0.5%', nor an absolute number`);
    }
    return r.fail(path, `${label} must be an absolute number or a percentage like '1%'`);
}
const LOWER_IS_BETTER = new Set([
    'loss',
    'error',
    'err',
    'errors',
    'latency',
    'rmse',
    'mse',
    'mae',
    'mape',
    'smape',
    'rmsle',
    'perplexity',
    'ppl',
    'wer',
    'cer',
    'ter',
    'size',
    'cost',
    'time',
    'duration',
    'seconds',
    'ms',
    'memory',
    'mem',
    'bytes',
    'mb',
    'gb',
    'fpr',
    'fnr',
    'far',
    'frr',
    'eer',
    'brier',
    'logloss',
    'nll',
    'bpc',
    'bpd',
    'distance',
    'drift',
    'p50',
    'p90',
    'p95',
    'p99',
]);
/** Guess the better direction from the last segment of a metric's name. */
function inferDirection(metric) {
    const last = metric.split('.').at(-1) ?? metric;
    const tokens = last
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
    return tokens.some((t) => LOWER_IS_BETTER.has(t)) ? 'lower' : 'higher';
}
/**
 * The rule for one metric of one model. Layers, each setting only what it sets: built-in defaults, the
 * policy's defaults, the global metric rules (globs in file order, then the exact name), the model's
 * defaults, then the model's metric rules (globs, then the exact name).
 */
function resolveRule(policy, model, metric) {
    return resolveWith(policy, modelsMatching(policy, model), metric);
}
function resolveWith(policy, overrides, metric) {
    const layers = [BUILT_IN_DEFAULTS, policy.defaults, ...matching(policy.metrics, metric)];
    for (const override of overrides)
        layers.push(override.defaults, ...matching(override.metrics, metric));
    const merged = {};
    for (const layer of layers) {
        for (const key of RULE_KEYS) {
            const v = layer[key];
            if (v !== undefined)
                merged[key] = v;
        }
    }
    const { better, ...rest } = merged;
    return better
        ? { better, betterInferred: false, ...rest }
        : { better: inferDirection(metric), betterInferred: true, ...rest };
}
/** The model overrides that apply to a model, in file order. */
function modelsMatching(policy, model) {
    return policy.models.filter((o) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .matchGlob */ .sB)(o.pattern, model, '/'));
}
function matching(rules, metric) {
    const globs = rules.filter((p) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .isGlob */ .fg)(p.pattern) && (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .matchGlob */ .sB)(p.pattern, metric, '.'));
    const exact = rules.filter((p) => !(0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .isGlob */ .fg)(p.pattern) && p.pattern === metric);
    return [...globs, ...exact].map((p) => p.rule);
}
/**
 * Does the policy name this metric of this model: a rule (exact or glob, global or the model's), or
 * `require`? A named metric that production has may not disappear from a candidate.
 */
function namesMetric(policy, model, metric) {
    return namesWith(policy, modelsMatching(policy, model), metric);
}
function namesWith(policy, overrides, metric) {
    const matches = (rules) => rules.some((p) => ((0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .isGlob */ .fg)(p.pattern) ? (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .matchGlob */ .sB)(p.pattern, metric, '.') : p.pattern === metric));
    if (matches(policy.metrics) || policy.require.includes(metric))
        return true;
    if (policy.defaults.min !== undefined || policy.defaults.max !== undefined)
        return true;
    return overrides.some((o) => matches(o.metrics) || o.require.includes(metric));
}
/**
 * Per policy, then per set of matching model overrides (models that match the same overrides share it):
 * each metric name's rule, resolved once. A policy is immutable once parsed, so a resolution never goes
 * stale; the memo lives as long as the policy does.
 */
const resolvedByPolicy = new WeakMap();
/**
 * Compile the policy for one model: the model overrides are matched once, and every metric name's rule and
 * whether the policy names it are resolved once (globs included) and remembered, so comparing a metric is
 * a lookup and arithmetic. Gives the same answers as resolveRule, namesMetric, requiredMetrics and
 * chartedMetrics.
 */
function policyFor(policy, model) {
    const overrides = [];
    const matchers = overrideMatchers(policy);
    let key = '';
    for (let i = 0; i < policy.models.length; i++) {
        const o = policy.models[i];
        if (!matchers[i](model))
            continue;
        overrides.push(o);
        key = key ? `${key},${i}` : String(i);
    }
    let byOverrides = resolvedByPolicy.get(policy);
    if (!byOverrides)
        resolvedByPolicy.set(policy, (byOverrides = new Map()));
    let memo = byOverrides.get(key);
    if (!memo)
        byOverrides.set(key, (memo = new Map()));
    const resolved = memo;
    const resolve = (metric) => {
        let r = resolved.get(metric);
        if (!r) {
            r = { rule: resolveWith(policy, overrides, metric), named: namesWith(policy, overrides, metric) };
            resolved.set(metric, r);
        }
        return r;
    };
    return {
        rule: (metric) => resolve(metric).rule,
        names: (metric) => resolve(metric).named,
        resolve,
        required: requiredOf(policy, overrides),
        chart: chartOf(policy, overrides),
    };
}
/** Each model override's pattern as a matcher, scanned and compiled once per policy. */
const matchersByPolicy = new WeakMap();
function overrideMatchers(policy) {
    let matchers = matchersByPolicy.get(policy);
    if (!matchers) {
        matchers = policy.models.map((o) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .globMatcher */ .fU)(o.pattern, '/'));
        matchersByPolicy.set(policy, matchers);
    }
    return matchers;
}
/** Metrics every checked model must report: the global list plus each matching model's list. */
function requiredMetrics(policy, model) {
    return requiredOf(policy, modelsMatching(policy, model));
}
function requiredOf(policy, overrides) {
    if (overrides.length === 0 && policy.require.length === 0)
        return [];
    const out = new Set(policy.require);
    for (const override of overrides)
        override.require.forEach((m) => out.add(m));
    return [...out];
}
/** The metrics to chart for a model, as the policy sets them: the last matching model's list, else the global one. */
function chartedMetrics(policy, model) {
    return chartOf(policy, modelsMatching(policy, model));
}
function chartOf(policy, overrides) {
    let out = policy.chart;
    for (const override of overrides)
        if (override.chart)
            out = override.chart;
    return out;
}
function formatTolerance(t) {
    return t.kind === 'percent' ? `${t.percent}%` : String(t.amount);
}
/** The tolerance in the metric's own units, for a given baseline value. */
function toleranceAmount(t, baseline) {
    return t.kind === 'absolute' ? t.amount : (Math.abs(baseline) * t.percent) / 100;
}


/***/ }),

/***/ 4692:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O0: () => (/* binding */ NO_PRODUCTION),
/* harmony export */   Pw: () => (/* binding */ applyRollback),
/* harmony export */   ST: () => (/* binding */ compactEntry),
/* harmony export */   Tt: () => (/* binding */ registryPath),
/* harmony export */   Vb: () => (/* binding */ REGISTRY_LIMITS),
/* harmony export */   Zu: () => (/* binding */ applyPromote),
/* harmony export */   d$: () => (/* binding */ serializeEntry),
/* harmony export */   es: () => (/* binding */ rollbackTarget),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   mt: () => (/* binding */ productionHistory),
/* harmony export */   nJ: () => (/* binding */ parseRegistryEntry),
/* harmony export */   ng: () => (/* binding */ runOf),
/* harmony export */   tF: () => (/* binding */ applyAccept),
/* harmony export */   tW: () => (/* binding */ acceptanceFor),
/* harmony export */   tu: () => (/* binding */ rollbackByRun)
/* harmony export */ });
/* unused harmony exports REGISTRY_SCHEMA, REGISTRY_DIR, REGISTRY_KEEP, productionOf, entryOf, previousProductionVersion */
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7135);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9169);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(242);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2483);
/**
 * The registry's record of one model: an append-only history of events (promotions, rollbacks, accepted
 * regressions), from which production is derived by a fold, as GTO derives stages from its tags.
 * Pure: serialization, validation and the state transitions; the stores live in src/registry/.
 */




const REGISTRY_SCHEMA = 1;
const REGISTRY_DIR = 'registry';
/** Registry entries grow with their history; they get a larger limit than files from a pull request. */
const REGISTRY_LIMITS = { maxBytes: 32 * 1024 * 1024, maxNodes: 5_000_000 };
/**
 * An entry file keeps the newest REGISTRY_KEEP events, so that it reads as fast after 10,000 promotions as
 * after one. It also keeps what deciding needs beyond them: see compactEntry.
 */
const REGISTRY_KEEP = 50;
/** GitHub re-runs a workflow run up to 30 days after it first ran: its rollback is kept that long. */
const RERUN_DAYS = 31;
function registryPath(name) {
    return `${REGISTRY_DIR}/${name}.json`;
}
/** Production is the last promotion or rollback. */
function productionOf(history) {
    for (let i = history.length - 1; i >= 0; i--) {
        const e = history[i];
        if (!e || e.type === 'accept' || !e.manifest)
            continue;
        return {
            version: e.version,
            since: e.at,
            event: e.type,
            actor: e.actor,
            ...(e.commit ? { commit: e.commit } : {}),
            ...(e.path ? { path: e.path } : {}),
            ...(e.pr !== undefined ? { pr: e.pr } : {}),
            ...(e.run ? { run: e.run } : {}),
            manifest: e.manifest,
            metrics: e.metrics ?? {},
        };
    }
    return null;
}
/** Every version that became production (promotions and rollbacks), oldest first: the trend's points. */
function productionHistory(entry) {
    return entry.history
        .filter((e) => e.type !== 'accept' && e.manifest)
        .map((e) => ({
        version: e.version,
        at: e.at,
        event: e.type === 'rollback' ? 'rollback' : 'promote',
        metrics: e.metrics ?? {},
    }));
}
function entryOf(name, history, earlier = 0) {
    const production = productionOf(history);
    return { schema: REGISTRY_SCHEMA, name, production, ...(earlier > 0 ? { earlier } : {}), history };
}
/** The same entry with an event appended (the count of earlier events carried over). */
function appended(entry, name, event) {
    return entryOf(name, [...(entry?.history ?? []), event], entry?.earlier);
}
/**
 * The entry as it is written: the newest `keep` events, plus the older ones deciding still reads, in their
 * order. Those are production's event; the event of the version production was before it (a rollback's
 * default target, with the snapshot it restores); every acceptance recorded since production's event (an
 * acceptance holds only against it); and every rollback made by a run in the last 31 days (a re-run of
 * that run must find it). The rest stays in the branch's git log, counted in `earlier`.
 */
function compactEntry(entry, keep = REGISTRY_KEEP) {
    const { history } = entry;
    if (history.length <= keep)
        return entry;
    const productionAt = lastIndex(history, (e) => e.type !== 'accept' && e.manifest !== undefined);
    const previous = previousProductionVersion(entry);
    const previousAt = previous === undefined
        ? -1
        : lastIndex(history, (e) => e.type !== 'accept' && !!e.manifest && (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .sameVersion */ .r1)(e.version, previous));
    const newest = Date.parse(history.at(-1)?.at ?? '');
    const recentRun = (e) => e.type === 'rollback' && !!e.run && newest - Date.parse(e.at) <= RERUN_DAYS * 86_400_000;
    const kept = history.filter((e, i) => i >= history.length - keep ||
        i === productionAt ||
        i === previousAt ||
        (e.type === 'accept' && i > productionAt) ||
        recentRun(e));
    return entryOf(entry.name, kept, (entry.earlier ?? 0) + history.length - kept.length);
}
function lastIndex(history, test) {
    for (let i = history.length - 1; i >= 0; i--)
        if (test(history[i]))
            return i;
    return -1;
}
function serializeEntry(entry) {
    return JSON.stringify(entry, null, 2) + '\n';
}
/**
 * Parse and validate a registry entry; a damaged one is an error, never silently replaced. Entries are
 * JSON as serializeEntry writes them, read through JSON.parse; anything the fast path cannot vouch for
 * (broken JSON, a possible duplicate key, ...) goes through the position-tracking parser, so every error
 * still names its file:line (see parseJsonDocument).
 */
function parseRegistryEntry(text, file) {
    const doc = (0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonDocument */ .dH)(text, file, REGISTRY_LIMITS);
    const r = new _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .FieldReader */ .U(doc);
    const root = r.map(doc.value, []);
    if (!root)
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(doc.locate([]), 'a registry entry must be a JSON object');
    if (root.schema !== REGISTRY_SCHEMA) {
        throw new _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(doc.locate(['schema']), `unsupported registry schema ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(root.schema ?? null)}`);
    }
    const name = r.string(root.name, ['name']);
    const items = r.list(root.history, ['history']) ?? [];
    const history = [];
    items.forEach((item, i) => {
        const event = readEvent(r, item, i);
        if (event)
            history.push(event);
    });
    if (name === undefined)
        r.fail(['name'], "missing required key 'name'");
    const earlier = r.number(root.earlier, ['earlier']) ?? 0;
    if (!Number.isSafeInteger(earlier) || earlier < 0)
        r.fail(['earlier'], 'earlier must be a count of events');
    const first = r.errors[0];
    if (first)
        throw first;
    return entryOf(name, history, earlier);
}
function readEvent(r, item, i) {
    const path = ['history', i];
    const e = r.map(item, path);
    if (!e)
        return undefined;
    const type = r.string(e.type, [...path, 'type']);
    if (type !== 'promote' && type !== 'rollback' && type !== 'accept') {
        return r.fail([...path, 'type'], `history[${i}].type must be promote, rollback or accept`);
    }
    const version = r.string(e.version, [...path, 'version']);
    const at = r.string(e.at, [...path, 'at']);
    const actor = r.string(e.actor, [...path, 'actor']);
    if (version === undefined || at === undefined || actor === undefined) {
        return r.fail(path, `history[${i}] needs version, at and actor`);
    }
    const manifest = r.map(e.manifest, [...path, 'manifest']);
    if (type !== 'accept' && !manifest)
        return r.fail(path, `history[${i}] (${type}) has no manifest snapshot`);
    const metrics = readMetrics(r, e.metrics, [...path, 'metrics']);
    const pr = r.number(e.pr, [...path, 'pr']);
    const optional = {};
    for (const key of ['commit', 'path', 'run', 'reason', 'sha', 'from', 'against']) {
        optional[key] = r.string(e[key], [...path, key]);
    }
    return {
        type,
        version,
        at,
        actor,
        ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
        ...(pr !== undefined ? { pr } : {}),
        ...(manifest ? { manifest } : {}),
        ...(metrics ? { metrics } : {}),
    };
}
function readMetrics(r, value, path) {
    const map = r.map(value, path);
    if (!map)
        return undefined;
    const out = {};
    for (const [name, v] of Object.entries(map)) {
        if (!(0,_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(v) || typeof v.value !== 'number') {
            r.fail([...path, name], `metric ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(name)} must be {value, n?, std?, ci?}`);
            continue;
        }
        out[name] = v;
    }
    return out;
}
class RegistryError extends Error {
    constructor(message) {
        super(message);
        this.name = 'RegistryError';
    }
}
/**
 * Append a promotion. Promoting what is already production from the same commit changes nothing, and so
 * does promoting again a version from a commit that was promoted before.
 */
function applyPromote(entry, name, event) {
    const history = entry?.history ?? [];
    const current = entry?.production;
    if (current && (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .sameVersion */ .r1)(current.version, event.version) && current.commit === event.commit) {
        return entry ?? entryOf(name, history);
    }
    // A re-run of a push that was promoted before (and since superseded) must not move production back.
    if (event.commit &&
        history.some((e) => e.type === 'promote' && e.commit === event.commit && (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .sameVersion */ .r1)(e.version, event.version))) {
        return entry ?? entryOf(name, history);
    }
    return appended(entry, name, event);
}
/**
 * The version that was production immediately before the current one: what an "undo" returns to.
 */
function previousProductionVersion(entry) {
    const current = entry.production?.version;
    const changes = entry.history.filter((e) => e.type !== 'accept');
    for (let i = changes.length - 2; i >= 0; i--) {
        const v = changes[i]?.version;
        if (v !== undefined && (current === undefined || !(0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .sameVersion */ .r1)(v, current)))
            return v;
    }
    return undefined;
}
/** The run a URL names, without its attempt: a re-run ("Re-run jobs") is the same run, a later attempt. */
function runOf(url) {
    return url.replace(/\/attempts\/\d+\/?$/, '');
}
/** The rollback this run already recorded for the model, when the run is a re-run of one that did. */
function rollbackByRun(entry, run) {
    if (!entry || !run)
        return undefined;
    return [...entry.history]
        .reverse()
        .find((e) => e.type === 'rollback' && e.run && runOf(e.run) === runOf(run));
}
/**
 * The version a rollback moves production to: the one asked for, else the production version before the
 * current one. Computed once per rollback, before its first attempt, and recorded in its event.
 */
function rollbackTarget(entry, name, to) {
    if (!entry || !entry.production)
        throw new RegistryError(`model ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(name)} has no production version to roll back`);
    const target = to ?? previousProductionVersion(entry);
    if (target === undefined) {
        throw new RegistryError(`model ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(name)} has no earlier production version to roll back to`);
    }
    return target;
}
/**
 * Move production back to `target`, a version from the model's own history; the history only grows. A
 * target that is already production changes nothing (the same entry is returned).
 */
function applyRollback(entry, name, req) {
    const target = rollbackTarget(entry, name, req.to);
    if (!entry?.production || (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .sameVersion */ .r1)(target, entry.production.version))
        return entry;
    const source = [...entry.history]
        .reverse()
        .find((e) => e.type !== 'accept' && e.manifest && (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .sameVersion */ .r1)(e.version, target));
    if (!source || !source.manifest) {
        const known = [
            ...new Set(entry.history.filter((e) => e.type !== 'accept').map((e) => (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeVersion */ .Qj)(e.version))),
        ];
        const kept = entry.earlier
            ? ` among the events its entry keeps (${entry.earlier} older ones are in the registry branch's git log: history --all)`
            : '';
        throw new RegistryError(`version ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(target)} of ${(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(name)} was never production${kept} (known: ${known.join(', ') || 'none'})`);
    }
    const event = {
        type: 'rollback',
        version: source.version,
        at: req.at,
        actor: req.actor,
        reason: req.reason,
        from: entry.production.version,
        ...(source.commit ? { commit: source.commit } : {}),
        ...(source.path ? { path: source.path } : {}),
        ...(req.run ? { run: req.run } : {}),
        manifest: source.manifest,
        ...(source.metrics ? { metrics: source.metrics } : {}),
    };
    return appended(entry, name, event);
}
function applyAccept(entry, name, event) {
    return appended(entry, name, event);
}
/** What an acceptance is recorded against when the model has no production version. */
const NO_PRODUCTION = 'none';
/**
 * The latest acceptance recorded for a pull request's head SHA and version, if any. It holds only while
 * production is still the version (and content) it was accepted against; otherwise it lapsed, and says why.
 */
function acceptanceFor(entry, sha, version, production) {
    if (!entry || !sha)
        return undefined;
    const e = [...entry.history]
        .reverse()
        .find((x) => x.type === 'accept' && x.sha === sha && (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .sameVersion */ .r1)(x.version, version));
    if (!e)
        return undefined;
    const acceptance = { actor: e.actor, reason: e.reason ?? '', at: e.at };
    if (e.against === production)
        return { kind: 'held', acceptance };
    const then = e.against === undefined ? 'an unrecorded production' : describeAgainst(e.against);
    return {
        kind: 'lapsed',
        acceptance,
        why: `accepted by ${e.actor} against ${then}; production is now ${describeAgainst(production)}, so the regression must be reviewed again`,
    };
}
function describeAgainst(against) {
    if (against === NO_PRODUCTION)
        return 'no production version';
    const [version, digest] = against.split('#');
    return `${version ?? against}${digest ? ` (content ${digest.slice(0, 8)})` : ''}`;
}


/***/ }),

/***/ 8547:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown)
/* harmony export */ });
/* unused harmony exports visibleText, escapeTerminal */
/**
 * Untrusted text (names, paths, values, reasons, error messages from a pull request) made inert and
 * visible: one line, bounded, invisible and direction-changing characters shown as `\uXXXX`, and truncation
 * only between whole graphemes. For GitHub markdown, also HTML and markdown escaped, no @mentions, no issue
 * references (`#12`, `GH-12`), no autolinks, and a `|` that cannot break a table.
 */
const ZWSP = '&#8203;';
/**
 * C0 and C1 controls, DEL, zero-width characters, bidi marks, embeddings, overrides and isolates (U+202E
 * "Trojan Source"), Arabic letter mark, Mongolian vowel separator, invisible operators and the BOM.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;
const BREAKS = /[\t\n\r\u2028\u2029]+/g;
const EMOJI = /\p{Extended_Pictographic}/u;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Made on first use: making one loads ICU's break rules, about 45 ms, which printable ASCII never needs. */
let segmenter;
const graphemes = (text) => (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(text);
function visible(grapheme) {
    // A zero-width joiner inside an emoji sequence (👩‍💻) is part of the picture; anywhere else it is hidden text.
    const keepJoiner = EMOJI.test(grapheme);
    return grapheme.replace(INVISIBLE, (c) => keepJoiner && c === '\u200d' ? c : `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
/** One line, invisible characters shown, at most max UTF-16 units, cut only between graphemes. */
function visibleText(text, max = 200) {
    // Printable ASCII is one grapheme a character, none of them invisible: shown as it is.
    if (PRINTABLE_ASCII.test(text))
        return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
    const parts = [];
    let length = 0;
    for (const { segment } of graphemes(text.replace(BREAKS, ' '))) {
        const shown = visible(segment);
        parts.push(shown);
        length += shown.length;
    }
    if (length <= max)
        return parts.join('');
    let out = '';
    for (const part of parts) {
        if (out.length + part.length > max - 1)
            break;
        out += part;
    }
    return `${out}…`;
}
function escapeMarkdown(text, max = 200) {
    return visibleText(text, max)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]()|~!#$]/g, '\\$&')
        .replace(/@/g, `@${ZWSP}`)
        .replace(/:\/\//g, `:/${ZWSP}/`)
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`)
        .replace(/\\#(?=\d)/g, `\\#${ZWSP}`)
        .replace(/\bGH-(?=\d)/gi, (m) => `${m.slice(0, 2)}${ZWSP}-`);
}
/** Untrusted text for a terminal: no control characters (no escape sequences), one line. */
function escapeTerminal(text, max = 200) {
    return visibleText(text, max);
}


/***/ }),

/***/ 5419:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ diffSnapshots),
/* harmony export */   b: () => (/* binding */ deepEqual)
/* harmony export */ });
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9169);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2020);
/**
 * "What changed" besides the metrics: every key of the snapshot that was added, removed or changed, by
 * section. Data entries are matched by name, so a reordered list is not a change.
 */


/** Sections compared elsewhere (identity and metrics) are left out of the snapshot diff. */
const NOT_DIFFED = new Set(['name', 'version', 'metrics']);
/** Order in which sections appear in a report; anything else follows alphabetically. */
const SECTION_ORDER = ['data', 'weights', 'architecture', 'hyperparameters', 'evaluation', 'deployment'];
function diffSnapshots(before, after) {
    const sections = [...new Set([...Object.keys(before), ...Object.keys(after)])]
        .filter((s) => !NOT_DIFFED.has(s))
        .sort((a, b) => rank(a) - rank(b) || (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .byText */ .z4)(a, b));
    const changes = [];
    for (const section of sections) {
        const a = section === 'data' ? keyByName(before[section]) : before[section];
        const b = section === 'data' ? keyByName(after[section]) : after[section];
        diffValue(section, '', a, b, changes);
    }
    return changes;
}
function rank(section) {
    const i = SECTION_ORDER.indexOf(section);
    return i === -1 ? SECTION_ORDER.length : i;
}
/** data: [{name: train, ...}] becomes {train: {...}} so entries are compared by name. */
function keyByName(value) {
    if (!Array.isArray(value))
        return value;
    const out = {};
    value.forEach((item, i) => {
        const name = (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainMap */ .nK)(item) && typeof item.name === 'string' ? item.name : `#${i}`;
        if ((0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainMap */ .nK)(item)) {
            const rest = {};
            for (const [k, v] of Object.entries(item))
                if (k !== 'name')
                    rest[k] = v;
            Object.defineProperty(out, name, { value: rest, enumerable: true, writable: true, configurable: true });
        }
        else {
            Object.defineProperty(out, name, { value: item, enumerable: true, writable: true, configurable: true });
        }
    });
    return out;
}
function diffValue(section, key, a, b, out) {
    if (a === undefined && b === undefined)
        return;
    const aMap = (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainMap */ .nK)(a ?? null);
    const bMap = (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainMap */ .nK)(b ?? null);
    // A mapping added or removed whole is listed key by key, so its contents can be read.
    if ((aMap && (bMap || b === undefined)) || (bMap && a === undefined)) {
        const am = (a ?? {});
        const bm = (b ?? {});
        const keys = [...new Set([...Object.keys(am), ...Object.keys(bm)])];
        for (const k of keys)
            diffValue(section, key ? `${key}.${k}` : k, am[k], bm[k], out);
        return;
    }
    if (a === undefined) {
        out.push({ section, key, kind: 'added', after: b });
    }
    else if (b === undefined) {
        out.push({ section, key, kind: 'removed', before: a });
    }
    else if (!deepEqual(a, b)) {
        out.push({ section, key, kind: 'changed', before: a, after: b });
    }
}
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
    if ((0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainMap */ .nK)(a ?? null) && (0,_document_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainMap */ .nK)(b ?? null)) {
        const am = a;
        const bm = b;
        const ak = Object.keys(am);
        return ak.length === Object.keys(bm).length && ak.every((k) => k in bm && deepEqual(am[k], bm[k]));
    }
    return false;
}


/***/ }),

/***/ 2020:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   uk: () => (/* binding */ clipChars),
/* harmony export */   z4: () => (/* binding */ byText)
/* harmony export */ });
/** Small pieces of text handling used across the code, written once. */
/** Strings in code-unit order (not the locale's): the same order on every machine. */
function byText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** text cut to at most max UTF-16 code units, the cut marked by '…'. */
function clip(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
/** text cut to at most max code points (no surrogate pair split), the cut marked by '…'. */
function clipChars(text, max) {
    const chars = [...text];
    return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}


/***/ }),

/***/ 825:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ backendOf),
/* harmony export */   l: () => (/* binding */ noRecordedMetrics)
/* harmony export */ });
/* harmony import */ var _implicit_manifest_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5096);
/**
 * Production that exists but has nothing to compare with (a repository adopting Model Gate: GTO's production
 * commit has no manifest, or a DVC project's metrics are not in git): a warning, with the command that fixes
 * it, never an error on the candidate.
 */

function backendOf(description) {
    if (description.startsWith('GTO'))
        return 'gto';
    if (description.startsWith('the base commit'))
        return 'base';
    return 'branch';
}
/** "production v3.0.0 has no recorded metrics (why): no metric is compared; how to fix it". */
function noRecordedMetrics(version, why, candidatePath, backend) {
    return `production ${version} has no recorded metrics (${why}): no metric is compared; ${fixFor(candidatePath, backend)}`;
}
function fixFor(path, backend) {
    if ((0,_implicit_manifest_js__WEBPACK_IMPORTED_MODULE_0__/* .isImplicitPath */ .jf)(path)) {
        return `write a model.yaml for it beside ${path.slice(0, path.lastIndexOf(':'))} with its metrics (docs/dvc-and-gto.md), then promote it`;
    }
    if (backend === 'base')
        return `production gets metrics once ${path} with metrics is merged`;
    const registry = backend === 'gto' ? ' --registry gto' : '';
    return `after merging, \`model-gate promote ${path}${registry}\` records this version, with its metrics, as production`;
}


/***/ }),

/***/ 5021:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  n: () => (/* binding */ DEFAULT_MANIFESTS),
  k: () => (/* binding */ runCheck)
});

// EXTERNAL MODULE: ./src/core/compare.ts + 4 modules
var compare = __nccwpck_require__(7580);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __nccwpck_require__(7135);
// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __nccwpck_require__(6085);
// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __nccwpck_require__(2721);
// EXTERNAL MODULE: ./src/core/policy-diff.ts
var policy_diff = __nccwpck_require__(4797);
// EXTERNAL MODULE: ./src/core/registry.ts
var registry = __nccwpck_require__(4692);
// EXTERNAL MODULE: ./src/gate/model-version.ts + 1 modules
var model_version = __nccwpck_require__(1823);
// EXTERNAL MODULE: ./src/gate/targets.ts + 1 modules
var gate_targets = __nccwpck_require__(8321);
// EXTERNAL MODULE: ./src/gate/concurrency.ts
var concurrency = __nccwpck_require__(6992);
// EXTERNAL MODULE: ./src/gate/metric-budget.ts
var metric_budget = __nccwpck_require__(5105);
;// CONCATENATED MODULE: ./src/gate/policy-file.ts
/**
 * Where the policy is: the path given, and for the default location either spelling,
 * `.github/model-gate.yml` or `.github/model-gate.yaml`. Both present is an error naming both, never a guess.
 */

const SPELLINGS = ['.github/model-gate.yml', '.github/model-gate.yaml'];
/** The paths the policy may be at: both spellings for the default location, else the one given. */
function policyPaths(path) {
    return SPELLINGS.includes(path) ? SPELLINGS : [path];
}
/** The policy file at ref and its path; text undefined when there is none. */
async function findPolicy(source, ref, path) {
    const paths = policyPaths(path);
    const found = [];
    for (const p of paths) {
        const text = await source.readFile(ref, p);
        if (text !== undefined)
            found.push({ path: p, text });
    }
    if (found.length > 1) {
        throw new diagnostics/* InputError */.dz({ file: found[0]?.path ?? path }, `both ${found.map((f) => f.path).join(' and ')} exist: keep one policy file`);
    }
    return found[0] ?? { path };
}

;// CONCATENATED MODULE: ./src/gate/policy-change.ts




/** A policy file deleted (or moved away) at the head proposes the built-in defaults. */
async function proposedPolicy(source, at, changed, inForce) {
    const path = at.policyPath;
    const paths = policyPaths(path);
    const touches = (p) => p !== undefined && paths.includes(p);
    if (!changed.some((f) => touches(f.path) || touches(f.previousPath)))
        return { errors: [] };
    try {
        const found = await findPolicy(source, at.head, path);
        const proposed = found.text === undefined ? policy/* DEFAULT_POLICY */.zj : (0,policy/* parsePolicy */.ON)(found.text, found.path);
        return { diff: (0,policy_diff/* diffPolicies */.wR)(inForce, proposed), errors: [] };
    }
    catch (error) {
        return { errors: [error instanceof diagnostics/* InputError */.dz ? error : new diagnostics/* InputError */.dz({ file: path }, (0,diagnostics/* errorMessage */.gJ)(error))] };
    }
}

// EXTERNAL MODULE: ./src/gate/implicit-manifest.ts
var implicit_manifest = __nccwpck_require__(5096);
// EXTERNAL MODULE: ./src/core/params.ts
var params = __nccwpck_require__(1173);
// EXTERNAL MODULE: ./src/core/snapshot-diff.ts
var snapshot_diff = __nccwpck_require__(5419);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __nccwpck_require__(2020);
;// CONCATENATED MODULE: ./src/gate/params-drift.ts
/**
 * A DVC project's params files against what its dvc.lock records. The implicit manifest of a dvc.yaml
 * artifact takes its hyperparameters from dvc.lock: the params the model was trained with. A params file that
 * now says otherwise (a pull request that edits params.yaml and did not run `dvc repro`) is shown as a
 * warning per key, since the weights and the metrics then describe a model trained with other params. Only
 * the keys the producing stages use are compared, as dvc.lock records them per stage.
 */




/** At most this many keys are listed one by one; the rest are counted in one more warning. */
const MAX_DRIFT_WARNINGS = 10;
const REPRO = 'the model was not reproduced with these params (run dvc repro)';
/** The keys whose current value differs from dvc.lock's, one warning each, in stage and dvc.lock order. */
async function paramsDrift(recorded, read) {
    const files = new Map();
    const errors = [];
    // One warning per file, key and pair of values; the stages that share it are listed together.
    const found = new Map();
    const add = (id, text, stage) => {
        const earlier = found.get(id);
        if (earlier)
            earlier.stages.push(stage);
        else
            found.set(id, { text, stages: [stage] });
    };
    for (const r of recorded) {
        let current = files.get(r.path);
        if (current === undefined) {
            current = await currentParams(r.path, read, errors);
            files.set(r.path, current);
        }
        if (current === 'invalid')
            continue;
        if (current === 'missing') {
            add(`${r.path}\u0000`, `${r.path} does not exist but dvc.lock records params from it`, r.stage);
            continue;
        }
        for (const [key, value] of Object.entries(r.values)) {
            const now = current.get(key);
            if (now !== undefined && (0,snapshot_diff/* deepEqual */.b)(now, value))
                continue;
            const id = JSON.stringify([r.path, key, now ?? null, value]);
            const text = now === undefined
                ? `${r.path} has no ${key} but dvc.lock records ${shown(value)}`
                : `${r.path} ${key} is ${shown(now)} but dvc.lock records ${shown(value)}`;
            add(id, text, r.stage);
        }
    }
    const all = [...found.values()].map((f) => `${f.text} (${f.stages.length > 1 ? 'stages' : 'stage'} ${f.stages.join(', ')}): ${REPRO}`);
    const warnings = all.length > MAX_DRIFT_WARNINGS
        ? [
            ...all.slice(0, MAX_DRIFT_WARNINGS - 1),
            `${all.length - MAX_DRIFT_WARNINGS + 1} more params differ from what dvc.lock records: ${REPRO}`,
        ]
        : all;
    return { warnings, errors };
}
async function currentParams(path, read, errors) {
    try {
        const text = await read(path);
        if (text === undefined)
            return 'missing';
        return new Map(Object.entries((0,params/* paramsOf */.gI)(text, path, undefined)));
    }
    catch (error) {
        errors.push((0,diagnostics/* asInputError */.XW)(error, { file: path }));
        return 'invalid';
    }
}
/** A value as the warning shows it: strings quoted, the rest as JSON, both clipped. */
function shown(value) {
    return typeof value === 'string' ? (0,diagnostics/* quote */.hD)(value, 40) : (0,core_text/* clip */.$Q)(JSON.stringify(value), 40);
}

// EXTERNAL MODULE: ./src/gate/baseline-warning.ts
var baseline_warning = __nccwpck_require__(825);
// EXTERNAL MODULE: ./src/gate/resolve-references.ts
var resolve_references = __nccwpck_require__(7118);
;// CONCATENATED MODULE: ./src/gate/check.ts
/**
 * The check, as one story: which manifests changed, what policy the base sets, what production is, and how
 * each candidate compares. Everything from the head is untrusted; the policy comes from the base only.
 */
















const DEFAULT_MANIFESTS = '**/model.{yaml,yml,json}';
async function runCheck(deps, options) {
    const { source } = deps;
    const isManifest = (0,glob/* pathMatcher */.kZ)(options.manifests);
    const limit = options.concurrency ?? 8;
    const all = await source.changedFiles(options.base, options.head);
    // The policy and the manifests of the head are read side by side: neither needs the other.
    const policyRead = readPolicies(source, options, all, isManifest);
    const { registeredVersion } = registrationsAt(deps.baselines, options.head);
    const headRead = (0,gate_targets/* manifestsTouched */.li)({
        source,
        base: options.base,
        head: options.head,
        changed: all,
        isManifest,
        limit,
        implicitModels: (files) => (0,implicit_manifest/* implicitModelsAt */.rT)(source, options.head, files, limit, registeredVersion),
    });
    const [policyState, headState] = await Promise.allSettled([policyRead, headRead]);
    // A failure of the policy's read comes first, as when it was read first.
    if (policyState.status === 'rejected')
        throw policyState.reason;
    if (headState.status === 'rejected')
        throw headState.reason;
    const { policy, errors: policyErrors, proposal } = policyState.value;
    const proposedErrors = proposal.errors;
    const head = headState.value;
    const targets = (0,gate_targets/* findTargets */.q8)(all, head, isManifest);
    const ctx = { deps, options, policy, head };
    await prefetchTargets(ctx, targets);
    const loaded = await loadTargets(ctx, targets, limit);
    const checked = await (0,concurrency/* mapLimit */.s)(loaded, limit, (item) => guard(item.target.path, async () => item.kind === 'version' ? compareCandidate(ctx, item) : item.report));
    const models = checked.filter((m) => m !== undefined);
    const errors = [...policyErrors, ...proposedErrors];
    const report = {
        // With no model to check, a broken policy is reported but does not block (a required check never hangs,
        // and the pull request that fixes the policy must be able to pass).
        verdict: (0,policy_diff/* withPolicyChanges */.kh)(models.length === 0 && proposedErrors.length === 0
            ? 'skip'
            : errors.length
                ? 'fail'
                : (0,compare/* runVerdict */.ZH)(models), proposal.diff),
        models,
        policySource: policyErrors.length
            ? `${options.policyPath} (invalid: built-in defaults used)`
            : policy.source,
        base: options.base,
        head: options.head,
        errors,
        ...(proposal.diff ? { policyChanges: proposal.diff } : {}),
    };
    return { report, policy, changed: all };
}
/**
 * The first read phase, announced at once: the policy at the base (and at the head, when the change touches
 * it) and every changed manifest at the head and, under its previous path, at the base.
 */
/**
 * The base's policy, which the check uses, and the one the head proposes: a pull request that changes the policy
 * cannot loosen its own gate, but it must not break every later one, and what it loosens is shown (and warned
 * about).
 */
async function readPolicies(source, options, all, isManifest) {
    await prefetchChanged(source, options, all, isManifest);
    const loaded = await loadPolicy(source, options.base, options.policyPath);
    return { ...loaded, proposal: await proposedPolicy(source, options, all, loaded.policy) };
}
async function prefetchChanged(source, options, all, isManifest) {
    if (!source.prefetch)
        return;
    const policy = policyPaths(options.policyPath);
    const manifests = all.filter((f) => isManifest(f.path) || (f.previousPath && isManifest(f.previousPath)));
    const atHead = manifests.filter((f) => f.status !== 'removed').map((f) => f.path);
    if (all.some((f) => policy.includes(f.path)))
        atHead.push(...policy);
    const atBase = [...policy, ...manifests.map((f) => f.previousPath ?? f.path)];
    await Promise.all([source.prefetch(options.base, atBase), source.prefetch(options.head, atHead)]);
}
/** The second read phase, announced at once: every file the manifests point to, and production of each model. */
async function prefetchTargets(ctx, targets) {
    const { source, baselines } = ctx.deps;
    const manifests = targets.flatMap((t) => {
        const manifest = t.kind === 'removed' ? undefined : ctx.head.byPath.get(t.path)?.manifest;
        return manifest ? [manifest] : [];
    });
    if (!manifests.length)
        return;
    await Promise.all([
        source.prefetch?.(ctx.options.head, manifests.flatMap(resolve_references/* referencedFiles */.R)),
        baselines.prefetch?.([...new Set(manifests.map((m) => m.name))]),
    ]);
}
/**
 * The version GTO registered for a model at a commit (`NAME@vX.Y.Z` on it, not deregistered), with GTO
 * production; none with the other backends. The tags cannot be read: the commit label, the baseline lookup
 * then says what is wrong.
 */
function registrationsAt(baselines, commit) {
    const { history } = baselines;
    if (baselines.stage === undefined || !history)
        return {};
    const registeredVersion = async (name) => {
        const found = await history.call(baselines, name).catch(() => undefined);
        if (found?.kind !== 'stages')
            return undefined;
        return found.model.versions.find((v) => v.registered && v.active && v.commit === commit)?.version;
    };
    return { registeredVersion };
}
/** Any failure while handling one model becomes that model's error; the run goes on. */
async function guard(path, fn) {
    try {
        return await fn();
    }
    catch (error) {
        return failedModel(path, error);
    }
}
function failedModel(path, error) {
    const e = (0,diagnostics/* asInputError */.XW)(error, { file: path });
    return (0,compare/* invalidModel */.V8)(path, [e]);
}
async function loadPolicy(source, base, path) {
    try {
        const found = await findPolicy(source, base, path);
        if (found.text === undefined)
            return { policy: policy/* DEFAULT_POLICY */.zj, errors: [] };
        return { policy: (0,policy/* parsePolicy */.ON)(found.text, found.path), errors: [] };
    }
    catch (error) {
        const e = (0,diagnostics/* asInputError */.XW)(error, { file: path });
        return { policy: policy/* DEFAULT_POLICY */.zj, errors: [e] };
    }
}
/**
 * Every target read, in path order, within the run's metric budget: a model past it is an error, and once the
 * budget is spent later models are refused without being read.
 */
async function loadTargets(ctx, targets, limit) {
    const budget = new metric_budget/* MetricBudget */.sl(ctx.policy.metricsPerRun);
    const refuse = (target, name) => ({
        kind: 'report',
        target,
        report: (0,compare/* invalidModel */.V8)(target.path, [budget.error(target.path)], name),
    });
    const loaded = await (0,concurrency/* mapLimit */.s)(targets, limit, async (target) => {
        if (budget.exhausted())
            return refuse(target);
        const item = await loadTarget(ctx, target).catch((error) => ({
            kind: 'report',
            target,
            report: failedModel(target.path, error),
        }));
        budget.record(metricCount(item));
        return item;
    });
    const refused = budget.refused(loaded.map(metricCount));
    return loaded.map((item, i) => refused[i]
        ? refuse(item.target, item.kind === 'version' ? item.version.manifest.name : item.report?.name)
        : item);
}
function metricCount(item) {
    return item.kind === 'version' ? item.version.metrics.size : 0;
}
async function loadTarget(ctx, target) {
    const report = (r) => ({ kind: 'report', target, report: r });
    if (target.kind === 'removed')
        return report(await removedTarget(ctx, target));
    const at = ctx.head.byPath.get(target.path);
    if (!at?.manifest) {
        const errors = at?.errors ?? [new diagnostics/* InputError */.dz({ file: target.path }, 'file not found at head')];
        return report((0,compare/* invalidModel */.V8)(target.path, errors, at?.name));
    }
    const manifest = at.manifest;
    const name = manifest.name;
    const renamedFrom = target.manifestChanged ? await previousName(ctx, target, name) : undefined;
    const problems = [
        ...duplicateErrors(ctx.head.byName.get(name) ?? [], manifest),
        ...target.deleted.map((r) => new diagnostics/* InputError */.dz({ file: target.path, ...(r.line ? { line: r.line } : {}) }, `${r.key} references ${r.path}, which this change deletes`)),
    ];
    if (problems.length)
        return report((0,compare/* invalidModel */.V8)(target.path, problems, name));
    const { head } = ctx.options;
    const read = (p) => ctx.deps.source.readFile(head, p);
    const loaded = await (0,model_version/* versionOf */.E4)(manifest, read);
    if (!loaded.ok)
        return report((0,compare/* invalidModel */.V8)(target.path, loaded.errors, name));
    const drift = at.recordedParams ? await paramsDrift(at.recordedParams, read) : undefined;
    if (drift?.errors.length)
        return report((0,compare/* invalidModel */.V8)(target.path, drift.errors, name));
    return {
        kind: 'version',
        target,
        version: loaded.version,
        ...(renamedFrom ? { renamedFrom } : {}),
        ...(drift?.warnings.length ? { warnings: drift.warnings } : {}),
    };
}
/**
 * The model's name at the base, when the change renames it (same path, or a move, with another name). A base
 * manifest whose first line is `name: NAME` (the name at the head) is not parsed: its name is NAME or none at
 * all (a second `name` key is a duplicate, a continuation line puts a space in it, a number or null is not a
 * name, and nothing before the first line can change how it reads), so it is no rename either way.
 */
async function previousName(ctx, target, name) {
    const { source } = ctx.deps;
    const path = target.previousPath ?? target.path;
    const text = /^0+$/.test(ctx.options.base) ? undefined : await source.readFile(ctx.options.base, path);
    if (text === undefined || text.startsWith(`name: ${name}\n`))
        return undefined;
    const old = (0,gate_targets/* manifestAt */.ZG)(path, text).name;
    return old !== undefined && old !== name ? old : undefined;
}
/** Two manifests declaring one model: which one is the model is ambiguous, so neither is compared. */
function duplicateErrors(paths, manifest, where = 'head') {
    if (paths.length < 2)
        return [];
    const line = manifest.lineOf(['name']);
    return [
        new diagnostics/* InputError */.dz({ file: manifest.file, ...(line ? { line } : {}) }, `model '${manifest.name}' is declared by more than one manifest at the ${where}: ${paths.join(' and ')}`),
    ];
}
/**
 * Production's manifest still declaring the model at its own path, beside the candidate at another path:
 * a copy, not a move. Found through the path production records, so it costs one read.
 */
async function staleCopy(ctx, target, candidate, baseline) {
    const path = baseline.path;
    if (!path || (0,implicit_manifest/* isImplicitPath */.jf)(path) || path === target.path || path === target.previousPath)
        return [];
    const other = ctx.head.byPath.get(path) ?? (await (0,gate_targets/* readManifestAt */.HB)(ctx.deps.source, ctx.options.head, path));
    if (other?.name !== candidate.manifest.name)
        return [];
    return duplicateErrors([path, target.path].sort(), candidate.manifest);
}
/** A removed manifest: listed (with its production, if any), unless a changed manifest now declares it. */
async function removedTarget(ctx, target) {
    const at = await (0,gate_targets/* readManifestAt */.HB)(ctx.deps.source, ctx.options.base, target.path);
    const name = at?.name ?? target.path;
    if (at?.name !== undefined && ctx.head.byName.has(at.name))
        return undefined; // moved
    const lookup = at?.name ? await ctx.deps.baselines.baseline(at.name, target.path) : undefined;
    const production = lookup?.kind === 'found' ? lookup.baseline.manifest.version : undefined;
    return (0,compare/* removedModel */.Y5)(target.path, name, production ?? at?.manifest?.version, production !== undefined);
}
async function compareCandidate(ctx, { target, version: candidate, renamedFrom, warnings }) {
    const { baselines, acceptances } = ctx.deps;
    const name = candidate.manifest.name;
    const lookup = await baselines.baseline(renamedFrom ?? name, target.path, target.previousPath);
    if (lookup.kind === 'error')
        return (0,compare/* invalidModel */.V8)(target.path, [lookup.error], name);
    const baseline = lookup.kind === 'found' ? lookup.baseline : undefined;
    const baselineWarnings = baselineProblems(ctx, lookup, target.path);
    const copies = baseline ? await staleCopy(ctx, target, candidate, baseline) : [];
    if (copies.length)
        return (0,compare/* invalidModel */.V8)(target.path, copies, name);
    // Production's digest is hashed once: the acceptance lookup and the report share it.
    const digest = baseline ? (0,compare/* baselineDigest */.E8)(baseline) : undefined;
    const acceptance = acceptances
        ? (0,registry/* acceptanceFor */.tW)(await acceptances.entry(name), ctx.options.acceptanceSha ?? ctx.options.head, candidate.manifest.version, digest ?? registry/* NO_PRODUCTION */.O0)
        : undefined;
    return (0,compare/* compareModel */.l0)({
        candidate,
        ...(baseline && digest ? { baseline, baselineDigest: digest } : {}),
        policy: ctx.policy,
        ...(acceptance ? { acceptance } : {}),
        ...(renamedFrom ? { renamedFrom } : {}),
        checkedBecause: target.because,
        ...(baselineWarnings.length ? { baselineWarnings } : {}),
        ...(warnings?.length ? { candidateWarnings: warnings } : {}),
    });
}
/** Production that exists but cannot be compared: warned about, the candidate compared as new. */
function baselineProblems(ctx, lookup, path) {
    if (lookup.kind === 'none')
        return lookup.warning ? [lookup.warning] : [];
    if (lookup.kind !== 'found' || lookup.baseline.metrics.size > 0)
        return [];
    const { manifest, source } = lookup.baseline;
    return [(0,baseline_warning/* noRecordedMetrics */.l)(manifest.version, source, path, (0,baseline_warning/* backendOf */.E)(ctx.deps.baselines.description))];
}


/***/ }),

/***/ 6992:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** Run an async function over items with at most `limit` in flight; results keep the input order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}


/***/ }),

/***/ 5096:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z4: () => (/* binding */ implicitManifestsAt),
/* harmony export */   jf: () => (/* binding */ isImplicitPath),
/* harmony export */   p$: () => (/* binding */ isDvcYaml),
/* harmony export */   rT: () => (/* binding */ implicitModelsAt)
/* harmony export */ });
/* unused harmony exports implicitPath, findModelsAt, implicitManifestsOf */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8815);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7135);
/* harmony import */ var _core_dvc_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5592);
/* harmony import */ var _core_glob_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6085);
/* harmony import */ var _core_manifest_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4414);
/* harmony import */ var _core_params_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(1173);
/* harmony import */ var _concurrency_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(6992);
/* harmony import */ var _targets_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(8321);
/**
 * DVC projects without a model.yaml: each `artifacts:` entry of `type: model` in a `dvc.yaml` is an implicit
 * manifest (docs/dvc-and-gto.md documents the mapping):
 * - name: the artifact's name; path `dvc.yaml:NAME` (GTO's own notation for an artifact of a dvc.yaml);
 * - hyperparameters: the params dvc.lock records for the stages that make the artifact's path and the stages
 *   upstream of them;
 * - data: those stages' dependencies, each with its hash from dvc.lock (or its `.dvc` pointer, when it has one);
 * - weights: the artifact's path, with its output hash from dvc.lock (or its `.dvc` pointer); weights committed
 *   to git as they are count as a reference (a change to them checks the model) but have no hash here;
 * - metrics_files: the dvc.yaml's `metrics:` files that are in git at that commit;
 * - version: the GTO registration of that commit when the caller knows it (status, and the check with GTO
 *   production), else labelled by commit;
 * The check also compares the params files with what dvc.lock records (params-drift.ts).
 * An explicit manifest of the same name wins: the implicit one is not listed.
 */









/** The path an implicit manifest is reported under: `dvc.yaml:churn`, `models/dvc.yaml:segment`. */
function implicitPath(dvcYaml, name) {
    return `${dvcYaml}:${name}`;
}
/** True for the path of an implicit manifest (no file of that name exists to read). */
function isImplicitPath(path) {
    return /(^|\/)dvc\.yaml:[^/]+$/.test(path);
}
const isDvcYaml = (path) => path === 'dvc.yaml' || path.endsWith('/dvc.yaml');
/**
 * Every model at a commit: the explicit manifests matching the glob, and the implicit DVC manifests of every
 * dvc.yaml (those whose name no explicit manifest declares), in path order. Invalid files are listed with
 * their errors. Used by the check (every model a change may touch) and by `adopt` / `status`.
 */
async function findModelsAt(source, ref, options) {
    const files = await source.listFiles(ref);
    const isManifest = pathMatcher(options.manifests);
    const limit = options.concurrency ?? 8;
    const manifests = files.filter(isManifest).sort();
    await source.prefetch?.(ref, manifests);
    const explicit = await mapLimit(manifests, limit, (p) => readManifestAt(source, ref, p));
    const found = explicit.filter((m) => m !== undefined);
    const implicit = await implicitModelsAt(source, ref, files, limit, options.registeredVersion);
    return [...found, ...notOverridden(found, implicit)].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
/**
 * The implicit manifests of every dvc.yaml at a commit (files: every path there), in path order, those an
 * explicit manifest of the same name overrides included.
 */
async function implicitModelsAt(source, ref, files, limit, registeredVersion) {
    const known = new Set(files);
    const implicit = await (0,_concurrency_js__WEBPACK_IMPORTED_MODULE_8__/* .mapLimit */ .s)(files.filter(isDvcYaml).sort(), limit, (p) => implicitManifestsAt(source, ref, p, known, registeredVersion));
    return implicit.flat();
}
/** The implicit manifests of one dvc.yaml at a commit (one per `type: model` artifact). */
async function implicitManifestsAt(source, ref, dvcYaml, files, registeredVersion) {
    const text = await source.readFile(ref, dvcYaml);
    if (text === undefined)
        return [];
    const label = `0.0.0+commit.${ref.slice(0, 12).replace(/[^0-9a-zA-Z-]/g, '-')}`;
    const known = files instanceof Set ? files : new Set(files);
    const io = { read: (p) => source.readFile(ref, p), exists: (p) => known.has(p) };
    return implicitManifestsOf(text, dvcYaml, io, async (name) => (await registeredVersion?.(name)) ?? label);
}
/** The implicit manifests of a dvc.yaml's text; a broken file is one entry with its error. */
async function implicitManifestsOf(text, dvcYaml, io, versionOf) {
    try {
        const project = (0,_core_dvc_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDvcYaml */ .g1)(text, dvcYaml);
        const models = project.artifacts.filter((a) => a.type === 'model');
        if (models.length === 0)
            return [];
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(dvcYaml);
        const lockPath = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(dir, 'dvc.lock');
        const lockText = (await io.exists(lockPath)) ? await io.read(lockPath) : undefined;
        const lock = lockText === undefined ? new Map() : (0,_core_dvc_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDvcLock */ .U1)(lockText, lockPath);
        const repo = (rel) => node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(dir, rel));
        const wanted = [
            ...project.metrics,
            ...project.stages.flatMap((s) => s.deps.map((d) => `${d}.dvc`)),
            ...models.flatMap((a) => [a.path, `${a.path}.dvc`]),
        ];
        const present = new Set();
        for (const rel of new Set(wanted))
            if (await io.exists(repo(rel)))
                present.add(repo(rel));
        const p = { project, lock, dir, present, hasLock: lockText !== undefined };
        const out = [];
        for (const a of models)
            out.push(deriveOne(p, a, await versionOf(a.name)));
        return out;
    }
    catch (error) {
        const e = error instanceof _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz ? error : new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz({ file: dvcYaml }, (0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error));
        return [{ path: dvcYaml, text, errors: [e] }];
    }
}
/** One artifact as a manifest, validated like a written one, with the DVC files it comes from as references. */
function deriveOne(p, artifact, version) {
    const snapshot = implicitSnapshot(p, artifact, version);
    const file = implicitPath(p.project.file, artifact.name);
    const where = { file: p.project.file, ...(artifact.line ? { line: artifact.line } : {}) };
    const doc = { file, value: snapshot, locate: () => where };
    const result = (0,_core_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .validateManifest */ .yl)(doc);
    const text = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(snapshot);
    if (!result.ok)
        return { path: file, text, errors: result.errors, name: artifact.name };
    const repo = (rel) => node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(p.dir, rel));
    const stages = (0,_core_dvc_js__WEBPACK_IMPORTED_MODULE_3__/* .producingStages */ .dF)(p.project, artifact.path);
    const extra = [
        { path: p.project.file, key: 'dvc.yaml', ...(artifact.line ? { line: artifact.line } : {}) },
        ...(p.hasLock ? [{ path: repo('dvc.lock'), key: 'dvc.lock' }] : []),
        ...paramsFiles(p, stages).map((f) => ({ path: repo(f), key: `params ${f}` })),
        // Weights committed to git as they are (no dvc.lock, no pointer): a new file is a new model.
        ...(p.present.has(repo(artifact.path)) ? [{ path: repo(artifact.path), key: 'weights' }] : []),
    ];
    const manifest = { ...result.manifest, references: [...result.manifest.references, ...extra] };
    const recordedParams = recordedParamsOf(p, stages);
    return {
        path: file,
        text,
        manifest,
        name: artifact.name,
        ...(recordedParams.length ? { recordedParams } : {}),
    };
}
/** What each producing stage ran with, per params file (repository paths), for paramsDrift. */
function recordedParamsOf(p, stages) {
    const repo = (rel) => node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(p.dir, rel));
    const inside = (path) => path !== '..' && !path.startsWith('../');
    return stages.flatMap((s) => [...(p.lock.get(s.name)?.params ?? [])]
        .map(([file, values]) => ({ stage: s.name, path: repo(file), values: (0,_core_params_js__WEBPACK_IMPORTED_MODULE_6__/* .flattenParams */ .V9)(values) }))
        .filter((r) => inside(r.path)));
}
function paramsFiles(p, stages) {
    return [...new Set(stages.flatMap((s) => [...(p.lock.get(s.name)?.params.keys() ?? [])]))].sort();
}
/** The manifest document an artifact stands for (what `validate dvc.yaml` prints). */
function implicitSnapshot(p, artifact, version) {
    const stages = (0,_core_dvc_js__WEBPACK_IMPORTED_MODULE_3__/* .producingStages */ .dF)(p.project, artifact.path);
    const hyperparameters = {};
    for (const s of stages) {
        for (const values of p.lock.get(s.name)?.params.values() ?? [])
            Object.assign(hyperparameters, values);
    }
    const deps = [...new Set(stages.flatMap((s) => s.deps))];
    const data = deps.map((dep) => ({
        name: dep,
        role: 'train',
        ...pinned(p, dep, stages.map((s) => p.lock.get(s.name)?.deps.get(dep)).find(Boolean)),
    }));
    const out = stages.map((s) => p.lock.get(s.name)?.outs.get(artifact.path)).find(Boolean);
    const weights = { uri: artifact.path, ...pinned(p, artifact.path, out) };
    const metrics = p.project.metrics.filter((m) => p.present.has(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(p.dir, m))));
    return {
        name: artifact.name,
        version,
        ...(Object.keys(hyperparameters).length ? { hyperparameters } : {}),
        ...(data.length ? { data } : {}),
        weights,
        ...(metrics.length ? { metrics_files: metrics } : {}),
    };
}
/** A `.dvc` pointer when the path has one in git, else the hash dvc.lock records. */
function pinned(p, path, lock) {
    const pointer = `${path}.dvc`;
    if (p.present.has(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(p.dir, pointer))))
        return { dvc: pointer };
    if (!lock)
        return {};
    return {
        md5: lock.hash,
        ...(lock.size !== undefined ? { size: lock.size } : {}),
        ...(lock.nfiles !== undefined ? { nfiles: lock.nfiles } : {}),
    };
}


/***/ }),

/***/ 5105:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ym: () => (/* binding */ METRIC_LIMITS),
/* harmony export */   sl: () => (/* binding */ MetricBudget),
/* harmony export */   xJ: () => (/* binding */ tooManyMetricsError)
/* harmony export */ });
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7135);
/* harmony import */ var _core_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2721);
/**
 * How many metrics one model and one run may compare: the work (and every report) grows with them, so both
 * are bounded. Past a bound the model is an error with a clear message, and the others are still checked.
 */


const METRIC_LIMITS = {
    /** Most metrics of one model version: the manifest's and its metrics files' together. */
    perModel: 10_000,
    /** Most metrics of one run, over every changed model, taken in path order (the policy's `limits` may change it). */
    perRun: _core_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_METRICS_PER_RUN */ .QA,
};
function tooManyMetricsError(where, count) {
    return new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(where, `the model has more than ${METRIC_LIMITS.perModel.toLocaleString('en-US')} metrics (${count.toLocaleString('en-US')} read so far, manifest and metrics files together)`);
}
/**
 * The run's budget. Models are taken in path order: once the metrics of the models so far pass the bound,
 * that model and every later one is refused. Loads run concurrently, so a load that starts after the models
 * already loaded passed the bound is refused without reading anything: the same models are refused either
 * way, since those loads started in path order.
 */
class MetricBudget {
    limit;
    loaded = 0;
    constructor(limit = METRIC_LIMITS.perRun) {
        this.limit = limit;
    }
    /** True when the models loaded so far already hold more than the bound. */
    exhausted() {
        return this.loaded > this.limit;
    }
    record(count) {
        this.loaded += count;
    }
    /** For metric counts in path order: which models are past the bound. */
    refused(counts) {
        let total = 0;
        return counts.map((n) => (total += n) > this.limit);
    }
    error(file) {
        return new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ file }, `not compared: this run's models have more than ${this.limit.toLocaleString('en-US')} metrics in all (models are taken in path order); check fewer models per pull request`);
    }
}


/***/ }),

/***/ 1823:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  XN: () => (/* binding */ findModelVersion),
  OG: () => (/* binding */ manifestFromSnapshot),
  pb: () => (/* binding */ metricsFromRecord),
  xc: () => (/* binding */ versionAtPath),
  E4: () => (/* binding */ versionOf)
});

// UNUSED EXPORTS: loadModelVersion

// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __nccwpck_require__(7135);
// EXTERNAL MODULE: ./src/core/manifest.ts
var manifest = __nccwpck_require__(4414);
// EXTERNAL MODULE: ./src/core/metrics.ts
var core_metrics = __nccwpck_require__(3010);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __nccwpck_require__(6085);
// EXTERNAL MODULE: ./src/gate/metric-budget.ts
var metric_budget = __nccwpck_require__(5105);
// EXTERNAL MODULE: ./src/core/document.ts + 11 modules
var core_document = __nccwpck_require__(9169);
// EXTERNAL MODULE: ./src/core/lookalike.ts
var lookalike = __nccwpck_require__(9814);
;// CONCATENATED MODULE: ./src/core/model-card.ts
/**
 * A Hugging Face model card (`README.md`) as a metrics file: its YAML front matter's `model-index` is read,
 * every `results[].metrics[]` entry becoming the metric `<dataset name (or type)>.<metric type>`. For the card
 * the transformers Trainer writes (docs/dvc-and-gto.md has the whole example):
 *
 *   model-index:
 *   - name: bert-base-cased-finetuned-mrpc
 *     results:
 *     - task: {name: Text Classification, type: text-classification}
 *       dataset: {name: GLUE MRPC, type: glue, config: mrpc, split: validation, args: mrpc}
 *       metrics:
 *       - {name: Accuracy, type: accuracy, value: 0.8603}
 *       - {name: F1, type: f1, value: 0.9026}
 *
 * gives `GLUE MRPC.accuracy` = 0.8603 and `GLUE MRPC.f1` = 0.9026. Values that are not numbers are skipped and
 * listed, as in other metrics files; a name that two results write is an error naming both lines.
 */



const isModelCard = (path) => path.toLowerCase().endsWith('.md');
const list = (v) => (Array.isArray(v) ? v : []);
const map = (v) => ((0,core_document/* isPlainMap */.nK)(v ?? null) ? v : {});
/** The front matter of a markdown file: the YAML between a first line `---` and the next `---` line. */
function frontMatter(text, file) {
    const lines = text.split(/\r?\n/);
    const end = lines.indexOf('---', 1);
    if (lines[0] !== '---' || end === -1) {
        throw new diagnostics/* InputError */.dz({ file, line: 1 }, `${file} has no YAML front matter (a model card starts with '---')`);
    }
    // The opening '---' stays: YAML reads it as the document start, so line numbers are the file's own.
    return lines.slice(0, end).join('\n');
}
function parseModelCard(text, file) {
    const doc = (0,core_document/* parseDocument */.Tp)(frontMatter(text, file), file, { format: 'yaml' });
    const index = map(doc.value)['model-index'];
    if (!Array.isArray(index)) {
        throw new diagnostics/* InputError */.dz(doc.locate([]), `${file}: the front matter has no 'model-index' list`);
    }
    const metrics = new Map();
    const skipped = [];
    index.forEach((model, i) => {
        list(map(model).results).forEach((result, j) => {
            const dataset = map(map(result).dataset);
            const prefix = stringOf(dataset.name) ?? stringOf(dataset.type);
            list(map(result).metrics).forEach((entry, k) => {
                const m = map(entry);
                const type = stringOf(m.type) ?? stringOf(m.name);
                const at = ['model-index', i, 'results', j, 'metrics', k];
                const line = doc.locate([...at, 'value']).line ?? doc.locate(at).line;
                if (prefix === undefined || type === undefined) {
                    throw new diagnostics/* InputError */.dz({ file, ...(line ? { line } : {}) }, 'a model-index metric needs a dataset name or type and a metric type');
                }
                const name = `${prefix}.${type}`;
                const hidden = (0,lookalike/* invisibleCharacter */.Dy)(name);
                if (hidden)
                    throw new diagnostics/* InputError */.dz({ file, ...(line ? { line } : {}) }, `metric name ${(0,diagnostics/* quote */.hD)(name)} contains an invisible character (${hidden})`);
                const earlier = metrics.get(name);
                if (earlier) {
                    throw new diagnostics/* InputError */.dz({ file, ...(line ? { line } : {}) }, `metric ${(0,diagnostics/* quote */.hD)(name)} is written twice (also at line ${earlier.line ?? '?'})`);
                }
                if (typeof m.value === 'number')
                    metrics.set(name, { metric: { value: m.value }, file, ...(line ? { line } : {}) });
                else
                    skipped.push({
                        name,
                        file,
                        ...(line ? { line } : {}),
                        type: m.value === null || m.value === undefined
                            ? 'null'
                            : Array.isArray(m.value)
                                ? 'list'
                                : typeof m.value,
                    });
            });
        });
    });
    return { metrics, skipped };
}
function stringOf(value) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

// EXTERNAL MODULE: ./src/gate/resolve-references.ts
var resolve_references = __nccwpck_require__(7118);
// EXTERNAL MODULE: ./src/gate/implicit-manifest.ts
var implicit_manifest = __nccwpck_require__(5096);
;// CONCATENATED MODULE: ./src/gate/model-version.ts
/** Turning files into comparable model versions: a manifest plus its metrics files, merged. */









/**
 * Parse a manifest and read its metrics files with `read` (paths relative to the manifest's folder).
 * Every metric has one source: a name written in two metrics files, or in a file and in the manifest, is
 * an error naming both, never last-one-wins.
 */
async function loadModelVersion(text, path, read) {
    const parsed = (0,manifest/* parseManifest */.Ng)(text, path);
    if (!parsed.ok)
        return parsed;
    return versionOf(parsed.manifest, read);
}
/** A parsed manifest with its metrics files read (`read` takes repository paths). */
async function versionOf(written, read) {
    // params files and dvc/lfs pointers are read into the snapshot first: their values are the model's.
    const resolved = await (0,resolve_references/* resolveReferences */.d)(written, read);
    if (!resolved.ok)
        return { ok: false, errors: resolved.errors, name: written.name };
    const manifest = resolved.manifest;
    const path = manifest.file;
    const metrics = new Map(manifest.metrics);
    const skipped = [];
    const errors = [];
    for (const [i, rel] of manifest.metricsFiles.entries()) {
        const file = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(path), rel));
        const where = { file: path, line: manifest.lineOf(['metrics_files', i]) };
        try {
            const body = await read(file);
            if (body === undefined) {
                errors.push(new diagnostics/* InputError */.dz(where, `metrics file ${file} does not exist`));
                continue;
            }
            const parsedFile = isModelCard(file) ? parseModelCard(body, file) : (0,core_metrics/* parseMetricsFile */.jI)(body, file);
            if (metrics.size + parsedFile.metrics.size > metric_budget/* METRIC_LIMITS */.Ym.perModel) {
                errors.push((0,metric_budget/* tooManyMetricsError */.xJ)(where, metrics.size + parsedFile.metrics.size));
                break;
            }
            skipped.push(...parsedFile.skipped);
            for (const [name, m] of parsedFile.metrics) {
                const earlier = metrics.get(name);
                if (earlier)
                    errors.push(twoSources(name, m, earlier));
                else
                    metrics.set(name, m);
            }
        }
        catch (error) {
            errors.push(error instanceof diagnostics/* InputError */.dz
                ? error
                : new diagnostics/* InputError */.dz(where, `cannot read ${file}: ${(0,diagnostics/* errorMessage */.gJ)(error)}`));
        }
    }
    if (errors.length)
        return { ok: false, errors, name: manifest.name };
    if (metrics.size > metric_budget/* METRIC_LIMITS */.Ym.perModel) {
        return { ok: false, errors: [(0,metric_budget/* tooManyMetricsError */.xJ)({ file: path }, metrics.size)], name: manifest.name };
    }
    return { ok: true, version: { manifest, metrics, ...(skipped.length ? { skipped } : {}) } };
}
function twoSources(name, m, earlier) {
    const at = (x) => (0,diagnostics/* formatPosition */.Ld)({ file: x.file, ...(x.line ? { line: x.line } : {}) });
    return new diagnostics/* InputError */.dz({ file: m.file, ...(m.line ? { line: m.line } : {}) }, `metric ${(0,diagnostics/* quote */.hD)(name)} is also written at ${at(earlier)}: a metric must have one source`);
}
/** A manifest snapshot as stored in the registry, validated again (the registry is data, not trust). */
function manifestFromSnapshot(snapshot, file) {
    const doc = { file, value: snapshot, locate: () => ({ file }) };
    const result = (0,manifest/* validateManifest */.yl)(doc);
    if (!result.ok)
        throw result.errors[0] ?? new diagnostics/* InputError */.dz({ file }, 'invalid manifest snapshot');
    return result.manifest;
}
function metricsFromRecord(record, file) {
    return new Map(Object.entries(record).map(([k, metric]) => [k, { metric, file }]));
}
/**
 * The version at ref of the model a check reports under path: a manifest file, or an implicit DVC manifest
 * (`dvc.yaml:NAME`), versioned `implicitVersion` (the version the check reported for it) when given, else
 * labelled by commit. Undefined when it is not there.
 */
async function versionAtPath(source, ref, path, implicitVersion) {
    const read = (p) => source.readFile(ref, p);
    if (!(0,implicit_manifest/* isImplicitPath */.jf)(path)) {
        const text = await read(path);
        return text === undefined ? undefined : loadModelVersion(text, path, read);
    }
    const colon = path.lastIndexOf(':');
    const [dvcYaml, name] = [path.slice(0, colon), path.slice(colon + 1)];
    const version = implicitVersion === undefined ? undefined : () => implicitVersion;
    const models = await (0,implicit_manifest/* implicitManifestsAt */.Z4)(source, ref, dvcYaml, await source.listFiles(ref), version);
    const found = models.find((m) => m.name === name);
    if (!found)
        return undefined;
    if (!found.manifest)
        return { ok: false, errors: found.errors ?? [], name };
    return versionOf(found.manifest, read);
}
/**
 * The manifest of a model at a commit: at the expected path if it names that model there, else the first
 * file matching the manifests glob that does (a model may move between versions), else the implicit DVC
 * manifest of a dvc.yaml artifact of that name (versioned `registeredVersion` when the caller knows it).
 */
async function findModelVersion(source, ref, name, manifests, expectedPath, registeredVersion) {
    const at = async (path) => {
        const text = await source.readFile(ref, path);
        return text === undefined ? undefined : loadModelVersion(text, path, (p) => source.readFile(ref, p));
    };
    if (expectedPath && !(0,implicit_manifest/* isImplicitPath */.jf)(expectedPath)) {
        const found = await at(expectedPath);
        if (found && (!found.ok || found.version.manifest.name === name))
            return found;
    }
    const isManifest = (0,glob/* pathMatcher */.kZ)(manifests);
    const files = await source.listFiles(ref);
    for (const path of files.filter(isManifest).sort()) {
        if (path === expectedPath)
            continue;
        const found = await at(path).catch(() => undefined);
        if (found?.ok && found.version.manifest.name === name)
            return found;
    }
    return implicitModelVersion(source, ref, name, files, registeredVersion);
}
/** The implicit manifest of a dvc.yaml artifact named `name` at ref, with its files read. */
async function implicitModelVersion(source, ref, name, files, registeredVersion) {
    const version = registeredVersion === undefined ? undefined : () => registeredVersion;
    for (const dvcYaml of files.filter(implicit_manifest/* isDvcYaml */.p$).sort()) {
        const models = await (0,implicit_manifest/* implicitManifestsAt */.Z4)(source, ref, dvcYaml, files, version).catch(() => []);
        const found = models.find((m) => m.name === name);
        if (!found)
            continue;
        if (!found.manifest)
            return { ok: false, errors: found.errors ?? [], name };
        return versionOf(found.manifest, (p) => source.readFile(ref, p));
    }
    return undefined;
}


/***/ }),

/***/ 7118:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ referencedFiles),
/* harmony export */   d: () => (/* binding */ resolveReferences)
/* harmony export */ });
/* harmony import */ var _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7135);
/* harmony import */ var _core_document_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9169);
/* harmony import */ var _core_dvc_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5592);
/* harmony import */ var _core_params_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1173);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/**
 * The files a manifest points to, read into its snapshot, so that what the registry records and what "What
 * changed" diffs are the values, not the file names:
 * - `params:` files: their values (flattened to dotted names) join `hyperparameters`;
 * - `dvc:` pointers of data entries and weights: the `.dvc` file's output hash becomes `md5` (a folder's
 *   ends in `.dir`), with `size` and `nfiles`;
 * - `lfs:` pointers: the Git LFS pointer's oid becomes `sha256`, with `size`.
 * A value written in the manifest and read from a file must agree: one source, as for metrics.
 */





async function resolveReferences(manifest, read) {
    const errors = [];
    const dir = node_path__WEBPACK_IMPORTED_MODULE_4__.posix.dirname(manifest.file);
    const where = (at) => {
        const line = manifest.lineOf(at);
        return { file: manifest.file, ...(line ? { line } : {}) };
    };
    const fetch = async (rel, at, what) => {
        const path = node_path__WEBPACK_IMPORTED_MODULE_4__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_4__.posix.join(dir, rel));
        const text = await read(path).catch((error) => {
            errors.push(new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(where(at), `cannot read ${path}: ${(0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`));
            return null;
        });
        if (text === undefined)
            errors.push(new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(where(at), `${what} ${path} does not exist`));
        return typeof text === 'string' ? { path, text } : undefined;
    };
    const snapshot = { ...manifest.snapshot };
    const hyper = await readAllParams(manifest, fetch, errors, where);
    if (hyper)
        snapshot.hyperparameters = hyper;
    const data = [];
    for (const [i, entry] of manifest.data.entries()) {
        const at = dataIndex(manifest.snapshot, entry.name, i);
        const pin = await readPointer(entry, ['data', at], fetch, errors, where);
        data.push(pin ? { ...entry, ...pinFields(pin) } : entry);
        if (pin && Array.isArray(snapshot.data)) {
            snapshot.data = snapshot.data.map((d, j) => j === at && (0,_core_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(d) ? { ...d, ...pinFields(pin) } : d);
        }
    }
    if ((0,_core_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(manifest.snapshot.weights ?? null)) {
        const weights = manifest.snapshot.weights;
        const pin = await readPointer(weights, ['weights'], fetch, errors, where);
        if (pin)
            snapshot.weights = { ...weights, ...pinFields(pin) };
    }
    if (errors.length)
        return { ok: false, errors };
    return { ok: true, manifest: { ...manifest, data, snapshot } };
}
/** The params files' values merged with the manifest's own hyperparameters; a key written twice is an error. */
async function readAllParams(manifest, fetch, errors, where) {
    if (manifest.params.length === 0)
        return undefined;
    const own = manifest.snapshot.hyperparameters;
    const merged = (0,_core_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(own ?? null) ? (0,_core_params_js__WEBPACK_IMPORTED_MODULE_3__/* .flattenParams */ .V9)(own) : {};
    const from = new Map(Object.keys(merged).map((k) => [k, `${manifest.file} hyperparameters`]));
    for (const source of manifest.params) {
        const file = await fetch(source.file, source.at, 'params file');
        if (!file)
            continue;
        try {
            const missing = (key) => errors.push(new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(where(source.at), `params key ${(0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(key)} is not in ${file.path}`));
            for (const [key, value] of Object.entries((0,_core_params_js__WEBPACK_IMPORTED_MODULE_3__/* .paramsOf */ .gI)(file.text, file.path, source.keys, missing))) {
                const earlier = from.get(key);
                if (earlier) {
                    errors.push(new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(where(source.at), `hyperparameter ${(0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(key)} is in ${file.path} and in ${earlier}`));
                    continue;
                }
                from.set(key, file.path);
                Object.defineProperty(merged, key, { value, enumerable: true, writable: true, configurable: true });
            }
        }
        catch (error) {
            errors.push(error instanceof _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz ? error : new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(where(source.at), (0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)));
        }
    }
    return merged;
}
/** The hash a `dvc:` or `lfs:` pointer records; a hash also written beside it must be the same. */
async function readPointer(entry, at, fetch, errors, where) {
    const kind = typeof entry.dvc === 'string' ? 'dvc' : typeof entry.lfs === 'string' ? 'lfs' : undefined;
    if (!kind)
        return undefined;
    const file = await fetch(entry[kind], [...at, kind], `${kind} pointer`);
    if (!file)
        return undefined;
    try {
        const pin = kind === 'dvc' ? (0,_core_dvc_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDvcPointer */ .KA)(file.text, file.path) : (0,_core_dvc_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLfsPointer */ .y)(file.text, file.path);
        const written = entry[pin.algorithm];
        if (typeof written === 'string' && written !== pin.hash) {
            errors.push(new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(where([...at, pin.algorithm]), `${pin.algorithm} ${written} disagrees with ${file.path} (${pin.hash})`));
            return undefined;
        }
        return pin;
    }
    catch (error) {
        errors.push(error instanceof _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz ? error : new _core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(where([...at, kind]), (0,_core_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)));
        return undefined;
    }
}
function pinFields(pin) {
    return {
        [pin.algorithm]: pin.hash,
        ...(pin.size !== undefined ? { size: pin.size } : {}),
        ...(pin.nfiles !== undefined ? { nfiles: pin.nfiles } : {}),
    };
}
function dataIndex(snapshot, name, fallback) {
    const items = snapshot.data;
    if (!Array.isArray(items))
        return fallback;
    const i = items.findIndex((d) => (0,_core_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(d) && d.name === name);
    return i === -1 ? fallback : i;
}
/** Every repository path the manifest points to (params files, pointers, metrics files), to read them together. */
function referencedFiles(manifest) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_4__.posix.dirname(manifest.file);
    const rel = [...manifest.params.map((p) => p.file), ...manifest.metricsFiles];
    const pointers = [
        ...manifest.data,
        ...((0,_core_document_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainMap */ .nK)(manifest.snapshot.weights ?? null) ? [manifest.snapshot.weights] : []),
    ];
    for (const entry of pointers) {
        const pointer = typeof entry.dvc === 'string' ? entry.dvc : entry.lfs;
        if (typeof pointer === 'string')
            rel.push(pointer);
    }
    return rel.map((r) => node_path__WEBPACK_IMPORTED_MODULE_4__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_4__.posix.join(dir, r)));
}


/***/ }),

/***/ 7229:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dc: () => (/* binding */ withBackoff),
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   Ko: () => (/* binding */ COMPARE_AND_SWAP),
/* harmony export */   Rj: () => (/* binding */ LOST),
/* harmony export */   fO: () => (/* binding */ SERVER_ERROR),
/* harmony export */   jS: () => (/* binding */ RATE_LIMIT),
/* harmony export */   uk: () => (/* binding */ realSleep)
/* harmony export */ });
/**
 * The one retry policy: every number that decides how often and how long Model Gate retries, and the
 * compare-and-swap backoff the registry writes share. The README's "Retries" paragraph quotes these numbers.
 *
 * - A 5xx answer is retried SERVER_ERROR.retries times by @octokit/plugin-retry, waiting k² seconds before
 *   the k-th retry (1 s, 4 s, 9 s). 403 and 429 are never retried by it.
 * - A rate-limit answer (429, or 403 that says so) is retried RATE_LIMIT.retries times by the client's
 *   rate-limit hook only, waiting what GitHub asks (retry-after, or until x-ratelimit-reset), at most
 *   RATE_LIMIT.maxWaitMs each. A persistent 429 therefore makes exactly 1 + RATE_LIMIT.retries requests.
 * - A registry write that loses its compare-and-swap (the branch ref or a GTO tag moved) reads again and
 *   tries again, COMPARE_AND_SWAP.attempts times in all, waiting a random time below an exponentially
 *   growing ceiling (full jitter) between attempts.
 */
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const SERVER_ERROR = {
    retries: 3,
    /** The wait before the k-th retry (k = 1, 2, 3): plugin-retry's k² seconds. */
    delayMs: (retry) => retry * retry * 1000,
    /** Statuses plugin-retry never retries: client errors, and the rate limits the rate-limit hook owns. */
    doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
};
const RATE_LIMIT = {
    retries: 3,
    /** A longer wait than this is not waited for: the error goes to the caller. */
    maxWaitMs: 120_000,
    /** The wait when GitHub names none (a 403/429 without retry-after or x-ratelimit-reset). */
    defaultWaitMs: 60_000,
};
const COMPARE_AND_SWAP = { attempts: 40, baseDelayMs: 20, maxDelayMs: 1000 };
/** The wait after the attempt-th lost compare-and-swap: full jitter below min(max, base · 2^attempt). */
function backoffDelay(policy, attempt, random = policy.random ?? Math.random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(attempt, 10));
    return Math.floor(random() * ceiling);
}
/** What one attempt of a compare-and-swap loop gives: a result, or `lost` to read again and retry. */
const LOST = Symbol('lost the compare-and-swap');
/**
 * Run attempt (1, 2, …) until it returns something other than LOST, backing off between attempts; after
 * policy.attempts lost ones, throw what giveUp makes.
 */
async function withBackoff(policy, attempt, giveUp) {
    const sleep = policy.sleep ?? realSleep;
    for (let n = 1; n <= policy.attempts; n++) {
        const result = await attempt(n);
        if (result !== LOST)
            return result;
        if (n < policy.attempts)
            await sleep(backoffDelay(policy, n));
    }
    throw giveUp(policy.attempts);
}


/***/ }),

/***/ 8321:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  q8: () => (/* binding */ findTargets),
  ZG: () => (/* binding */ manifestAt),
  li: () => (/* binding */ manifestsTouched),
  HB: () => (/* binding */ readManifestAt)
});

// UNUSED EXPORTS: notOverridden

// EXTERNAL MODULE: ./src/core/manifest.ts
var manifest = __nccwpck_require__(4414);
// EXTERNAL MODULE: ./src/gate/concurrency.ts
var concurrency = __nccwpck_require__(6992);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __nccwpck_require__(2020);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/core/mentions.ts
/**
 * Which texts may hold a given string (a file name, a model name) as a YAML, JSON or TOML string value or
 * key, decided on the text alone: to skip parsing documents that cannot concern a change.
 *
 * A string of letters, digits, '.', '_', '/' and '-' that is not a number's spelling is written in such a
 * document only as itself, whatever the style of its scalar: folding a line break inserts a space, single
 * quotes escape only a quote, block scalars only drop indentation, and an alias repeats an anchor written in
 * the same text. What could spell it otherwise is a backslash escape (`"metrics\x2ejson"`, `\u002e`, a
 * line-continuation backslash): a text with a backslash always counts; or a number read as a mapping key
 * (`params: {0x10: ...}` names the file `16`; `.nan`, `.inf`, YAML 1.1's `1_000` likewise), hence the
 * exclusion of whatever Number() reads; or a YAML 1.1 timestamp read as a string (it holds ':'). A string
 * outside that alphabet, or a number's spelling, is never ruled out: every text counts.
 */
const LITERAL = /^[A-Za-z0-9._/-]+$/;
/** Maximal runs of the literal alphabet in a text: a literal string is a substring of one of them. */
const RUNS = /[A-Za-z0-9._/-]+/g;
/** Up to this many needles a text is searched once per needle; past it, run by run. */
const FEW = 4;
/** True when a document can only spell this string as itself (see above). */
function spelledAsWritten(needle) {
    return LITERAL.test(needle) && needle !== 'NaN' && Number.isNaN(Number(needle));
}
/** A test of texts against a set of needles: may the text hold one of them? */
class Mentions {
    needles;
    anything;
    exact;
    shortest;
    /** Whether a run of the alphabet holds a needle, per distinct run seen. */
    runs = new Map();
    constructor(needles) {
        this.exact = new Set(needles);
        this.needles = [...this.exact];
        this.anything = !this.needles.every(spelledAsWritten);
        this.shortest = Math.min(...this.needles.map((n) => n.length));
    }
    /** True when the text may hold one of the needles (always, for a text with a backslash). */
    in(text) {
        if (this.anything)
            return true;
        if (this.needles.length === 0)
            return false;
        if (text.includes('\\'))
            return true;
        if (this.needles.length <= FEW)
            return this.needles.some((n) => text.includes(n));
        for (const [run] of text.matchAll(RUNS))
            if (run.length >= this.shortest && this.holds(run))
                return true;
        return false;
    }
    holds(run) {
        let found = this.runs.get(run);
        if (found === undefined) {
            found = this.exact.has(run) || (run.length > this.shortest && this.needles.some((n) => run.includes(n)));
            this.runs.set(run, found);
        }
        return found;
    }
}

;// CONCATENATED MODULE: ./src/gate/targets.ts





/** Read and parse one manifest at a commit; undefined when the file is not there. */
async function readManifestAt(source, ref, path) {
    // A push that creates the branch has an all-zero "before": nothing existed there.
    if (/^0+$/.test(ref))
        return undefined;
    const text = await source.readFile(ref, path);
    return text === undefined ? undefined : manifestAt(path, text);
}
/** One manifest's text, parsed. */
function manifestAt(path, text) {
    const parsed = (0,manifest/* parseManifest */.Ng)(text, path);
    if (parsed.ok)
        return { path, text, manifest: parsed.manifest, name: parsed.manifest.name };
    return { path, text, errors: parsed.errors, ...(parsed.name ? { name: parsed.name } : {}) };
}
/**
 * The manifests at the head that a change can touch. A change of manifests only reads those manifests. A
 * change to any other file may touch a model anywhere (a reference may climb with '..'), so every manifest of
 * the head is read and every implicit DVC model derived, but only some manifests are parsed (parsing is the
 * cost, and grows with the repository, not with the change):
 * - the changed manifests, and every manifest whose text may reference a changed path (`mayReference`);
 * - then every manifest whose text may spell the name of one of those models, of an implicit model, or of a
 *   removed manifest's model, so that `byName` lists every manifest of the head declaring any name the check
 *   asks about (two manifests declaring one model, a move, an implicit model an explicit one overrides).
 * A manifest left unparsed references no changed file and declares none of those names: it is no target.
 */
async function manifestsTouched(scan) {
    const { source, head, changed, isManifest, limit } = scan;
    const atHead = new Set(changed.filter((f) => f.status !== 'removed' && isManifest(f.path)).map((f) => f.path));
    const paths = changed.flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])]);
    if (paths.every(isManifest)) {
        return indexOf(await (0,concurrency/* mapLimit */.s)([...atHead].sort(), limit, (p) => readManifestAt(source, head, p)));
    }
    const files = await source.listFiles(head);
    const manifests = files.filter(isManifest).sort();
    await source.prefetch?.(head, manifests);
    // The changed manifests and those that may reference a changed path are parsed as each text arrives, while
    // git reads the next ones; they are indexed in path order all the same.
    const referencing = mayReference(paths);
    const early = [];
    const texts = await (0,concurrency/* mapLimit */.s)(manifests, limit, async (p, i) => {
        const text = await source.readFile(head, p);
        if (text !== undefined && (atHead.has(p) || referencing(p, text)))
            early[i] = manifestAt(p, text);
        return text;
    });
    const implicit = await scan.implicitModels(files);
    const parsed = new Map();
    early.forEach((m, i) => {
        if (m)
            parsed.set(i, m);
    });
    const parse = (wanted) => manifests.forEach((path, i) => {
        const text = texts[i];
        if (text !== undefined && !parsed.has(i) && wanted(path, text))
            parsed.set(i, manifestAt(path, text));
    });
    const names = [...parsed.values(), ...implicit].flatMap((m) => (m.name === undefined ? [] : [m.name]));
    const declaring = new Mentions([...names, ...(await removedNames(scan))]);
    parse((_, text) => declaring.in(text));
    const explicit = [...parsed.values()];
    return indexOf([...explicit, ...notOverridden(explicit, implicit)]);
}
/**
 * Whether a manifest (path, text) may reference one of the changed paths. A reference is a path written in
 * the manifest, resolved against its folder. It reaches a file outside that folder only through a '..'
 * component, which the text then holds (or spells with a backslash escape). The file's own name is one of
 * its components, written as it is (core/mentions.ts): components cancelled by a later '..' leave a path
 * whose last name is the file's, or one of the folders above the manifest, which for a manifest the change
 * does not touch are folders at both ends of the change, never a changed file. So the text must hold the
 * changed file's name, and unless it holds '..', the file must be inside the manifest's folder.
 */
function mayReference(changed) {
    const anywhere = new Mentions(changed.map((p) => external_node_path_.posix.basename(p)));
    const inside = new Map();
    for (const p of changed) {
        for (let dir = external_node_path_.posix.dirname(p);; dir = external_node_path_.posix.dirname(dir)) {
            const names = inside.get(dir) ?? [];
            names.push(external_node_path_.posix.basename(p));
            inside.set(dir, names);
            if (dir === '.' || dir === '/')
                break;
        }
    }
    const folders = new Map();
    return (path, text) => {
        if (text.includes('\\'))
            return true;
        if (text.includes('..'))
            return anywhere.in(text);
        const dir = external_node_path_.posix.dirname(path);
        let here = folders.get(dir);
        if (!here)
            folders.set(dir, (here = new Mentions(inside.get(dir) ?? [])));
        return here.in(text);
    };
}
/** The models of the manifests the change removes (or moves) at the base: a move is found by name. */
async function removedNames(scan) {
    const old = scan.changed.flatMap((f) => {
        const path = f.status === 'removed' ? f.path : f.previousPath;
        return path !== undefined && scan.isManifest(path) ? [path] : [];
    });
    const read = await (0,concurrency/* mapLimit */.s)(old, scan.limit, (p) => readManifestAt(scan.source, scan.base, p));
    return read.flatMap((m) => (m?.name === undefined ? [] : [m.name]));
}
/** The implicit models whose name no explicit manifest declares: an explicit manifest overrides its model. */
function notOverridden(explicit, implicit) {
    const declared = new Set(explicit.map((m) => m.name));
    return implicit.filter((m) => m.name === undefined || !declared.has(m.name));
}
function indexOf(read) {
    const byPath = new Map();
    const byName = new Map();
    const found = read.filter((m) => m !== undefined);
    for (const item of found.sort((a, b) => (0,core_text/* byText */.z4)(a.path, b.path))) {
        byPath.set(item.path, item);
        if (item.name !== undefined)
            byName.set(item.name, [...(byName.get(item.name) ?? []), item.path]);
    }
    return { byPath, byName };
}
/**
 * The models a change touches, in path order: changed manifests, manifests whose references changed, and
 * removed manifests (one whose model a changed manifest now declares is a move: see check.ts).
 */
function findTargets(changed, head, isManifest) {
    const touched = new Map();
    const gone = new Set();
    for (const f of changed) {
        touched.set(f.path, f);
        if (f.status === 'removed')
            gone.add(f.path);
        if (f.previousPath !== undefined) {
            touched.set(f.previousPath, f);
            gone.add(f.previousPath);
        }
    }
    const targets = [];
    for (const [path, at] of head.byPath) {
        const own = touched.get(path);
        const manifestChanged = own !== undefined && own.path === path;
        const refs = at.manifest?.references ?? [];
        const because = [...new Set(refs.filter((r) => touched.has(r.path)).map((r) => r.path))];
        if (!manifestChanged && because.length === 0)
            continue;
        targets.push({
            path,
            kind: 'candidate',
            ...(manifestChanged && own.previousPath !== undefined ? { previousPath: own.previousPath } : {}),
            manifestChanged,
            because,
            deleted: refs.filter((r) => gone.has(r.path) && !existsAtHead(r.path, changed)),
        });
    }
    for (const f of changed) {
        const old = f.status === 'removed' ? f.path : f.previousPath;
        if (old === undefined || !isManifest(old) || head.byPath.has(old))
            continue;
        if (f.status !== 'removed' && isManifest(f.path))
            continue; // moved: checked at its new path
        targets.push({ path: old, kind: 'removed', manifestChanged: true, because: [], deleted: [] });
    }
    return targets.sort((a, b) => (0,core_text/* byText */.z4)(a.path, b.path));
}
/** A path some changed file occupies at the head (added, modified, or the new path of a move). */
function existsAtHead(path, changed) {
    return changed.some((f) => f.path === path && f.status !== 'removed');
}


/***/ }),

/***/ 6250:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fp: () => (/* binding */ completeCheckRun),
/* harmony export */   _U: () => (/* binding */ createCheckRun)
/* harmony export */ });
/* unused harmony exports ANNOTATIONS_PER_REQUEST, listCheckRuns */
/** GitHub accepts at most 50 annotations per request. */
const ANNOTATIONS_PER_REQUEST = 50;
/**
 * Creates the run and returns its id: ceil(annotations / 50) requests, at least one. `created` learns the id
 * as soon as the run exists, so that a caller can still conclude a run whose later annotations failed.
 */
async function createCheckRun(api, repo, run, created = () => undefined) {
    const batches = [];
    for (let i = 0; i < run.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
        batches.push(run.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    }
    const output = (annotations) => ({
        title: run.title,
        summary: run.summary,
        ...(annotations ? { annotations } : {}),
    });
    const completed = () => ({
        status: 'completed',
        conclusion: run.conclusion,
        completed_at: new Date().toISOString(),
    });
    const { data } = await api.rest.checks.create({
        ...repo,
        name: run.name,
        head_sha: run.headSha,
        ...(batches.length > 1 ? { status: 'in_progress' } : completed()),
        ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
        output: output(batches[0]),
    });
    created(data.id);
    for (const [i, batch] of batches.entries()) {
        if (i === 0)
            continue;
        const last = i === batches.length - 1;
        await api.rest.checks.update({
            ...repo,
            check_run_id: data.id,
            ...(last ? completed() : {}),
            output: output(batch),
        });
    }
    return data.id;
}
/** Ends a run that is still in progress: its conclusion, and (when given) a new title and summary. */
async function completeCheckRun(api, repo, id, conclusion, output) {
    await api.rest.checks.update({
        ...repo,
        check_run_id: id,
        status: 'completed',
        conclusion,
        completed_at: new Date().toISOString(),
        ...(output ? { output } : {}),
    });
}
/** The check runs of this name on a commit, newest first as GitHub lists them. */
async function listCheckRuns(api, repo, ref, name) {
    const { data } = await api.rest.checks.listForRef({ ...repo, ref, check_name: name, per_page: 100 });
    return data.check_runs.map((r) => ({ id: r.id, conclusion: r.conclusion, completedAt: r.completed_at }));
}


/***/ }),

/***/ 9308:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  UU: () => (/* binding */ createClient),
  c2: () => (/* binding */ statusOf),
  CA: () => (/* binding */ unlessNotFound)
});

// UNUSED EXPORTS: GitHubClient, rateLimitWait

;// CONCATENATED MODULE: ./node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }

  if (typeof process === "object" && process.version !== undefined) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${
      process.arch
    })`;
  }

  return "<environment undetectable>";
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/register.js
// @ts-check

function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }

  if (!options) {
    options = {};
  }

  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name) => {
      return register.bind(null, state, name, callback, options);
    }, method)();
  }

  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }

    return state.registry[name].reduce((method, registered) => {
      return registered.hook.bind(null, method, options);
    }, method)();
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/add.js
// @ts-check

function addHook(state, kind, name, hook) {
  const orig = hook;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }

  if (kind === "before") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(orig.bind(null, options))
        .then(method.bind(null, options));
    };
  }

  if (kind === "after") {
    hook = (method, options) => {
      let result;
      return Promise.resolve()
        .then(method.bind(null, options))
        .then((result_) => {
          result = result_;
          return orig(result, options);
        })
        .then(() => {
          return result;
        });
    };
  }

  if (kind === "error") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(method.bind(null, options))
        .catch((error) => {
          return orig(error, options);
        });
    };
  }

  state.registry[name].push({
    hook: hook,
    orig: orig,
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/remove.js
// @ts-check

function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }

  const index = state.registry[name]
    .map((registered) => {
      return registered.orig;
    })
    .indexOf(method);

  if (index === -1) {
    return;
  }

  state.registry[name].splice(index, 1);
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/index.js
// @ts-check





// bind with array of arguments: https://stackoverflow.com/a/21792913
const bind = Function.bind;
const bindable = bind.bind(bind);

function bindApi(hook, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook.api = { remove: removeHookRef };
  hook.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
  });
}

function Singular() {
  const singularHookName = Symbol("Singular");
  const singularHookState = {
    registry: {},
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}

function Collection() {
  const state = {
    registry: {},
  };

  const hook = register.bind(null, state);
  bindApi(hook, state);

  return hook;
}

/* harmony default export */ const before_after_hook = ({ Singular, Collection });

;// CONCATENATED MODULE: ./node_modules/@octokit/endpoint/dist-bundle/index.js
// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/defaults.js
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};

// pkg/dist-src/util/lowercase-keys.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}

// pkg/dist-src/util/is-plain-object.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/util/merge-deep.js
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}

// pkg/dist-src/util/remove-undefined-properties.js
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}

// pkg/dist-src/merge.js
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}

// pkg/dist-src/util/add-query-parameters.js
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}

// pkg/dist-src/util/extract-url-variable-names.js
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}

// pkg/dist-src/util/omit.js
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}

// pkg/dist-src/util/url-template.js
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}

// pkg/dist-src/parse.js
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}

// pkg/dist-src/endpoint-with-defaults.js
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}

// pkg/dist-src/with-defaults.js
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}

// pkg/dist-src/index.js
var endpoint = withDefaults(null, DEFAULTS);


;// CONCATENATED MODULE: ./node_modules/content-type/dist/index.js
/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const SP = 32; // " "
const HTAB = 9; // "\t"
const SEMI = 59; // ";"
const EQ = 61; // "="
const DQUOTE = 34; // '"'
const BSLASH = 92; // "\\"
const COMMA = 44; // ","
const LOWER_CASE = 1;
const OWS = 2;
const SEMI_FLAG = 4;
const COMMA_FLAG = 8;
const TOKEN_FLAG = 16;
const NON_ASCII = 0xff00;
const CASE_FLAGS = LOWER_CASE | NON_ASCII;
/**
 * Character flags used to normalize HTTP field values while scanning.
 * Out-of-range reads intentionally coerce to zero in bitwise expressions.
 */
const CHAR_MAP = new Uint8Array(0x100);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 0x80 /* non-ASCII */; code <= 0xff; code++) {
    CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
    CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 0x30 /* 0 */; code <= 0x39 /* 9 */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 0x41 /* A */; code <= 0x5a /* Z */; code++) {
    CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 0x61 /* a */; code <= 0x7a /* z */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
/**
 * Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
 */
const NullObject = /* @__PURE__ */ (() => {
    const C = function () { };
    C.prototype = Object.create(null);
    return C;
})();
/**
 * Validate a type string against RFC 9110.
 */
function isTypeValid(type, start = 0, end = type.length) {
    let hasSlash = false;
    for (let index = start; index < end; index++) {
        const code = type.charCodeAt(index);
        if (code === 47 /* / */) {
            if (hasSlash || index === start || index >= end - 1)
                return false;
            hasSlash = true;
        }
        else if (!isTokenCode(code)) {
            return false;
        }
    }
    return hasSlash;
}
/**
 * Validate a token against RFC 9110.
 */
function isTokenValid(token, start = 0, end = token.length) {
    if (start >= end)
        return false;
    for (let index = start; index < end; index++) {
        if (!isTokenCode(token.charCodeAt(index)))
            return false;
    }
    return true;
}
/**
 * Check whether a character code belongs to the token production in RFC 9110.
 */
function isTokenCode(code) {
    return (CHAR_MAP[code] & TOKEN_FLAG) !== 0;
}
/**
 * Serialize a parameter value.
 */
function parameterValue(str) {
    const len = str.length;
    if (len === 0)
        return '""';
    let index = 0;
    while (index < len && isTokenCode(str.charCodeAt(index)))
        index++;
    if (index === len)
        return str;
    let result = '"';
    let start = 0;
    while (index < len) {
        const code = str.charCodeAt(index);
        if (code !== HTAB && (code < SP || code === 127 || code > 255)) {
            throw new TypeError(`Invalid parameter value: ${str}`);
        }
        if (code === 34 /* " */ || code === 92 /* \\ */) {
            result += `${str.slice(start, index)}\\`;
            start = index;
        }
        index++;
    }
    return `${result}${str.slice(start)}"`;
}
/**
 * Format an object into a `Content-Type` header.
 */
function format(obj) {
    const { type, parameters } = obj;
    if (!type || !isTypeValid(type)) {
        throw new TypeError(`Invalid type: ${type}`);
    }
    let result = type;
    if (parameters) {
        for (const param of Object.keys(parameters)) {
            if (!isTokenValid(param)) {
                throw new TypeError(`Invalid parameter name: ${param}`);
            }
            result += `; ${param}=${parameterValue(parameters[param])}`;
        }
    }
    return result;
}
/**
 * Parse a `Content-Type` header.
 */
function dist_parse(header, options) {
    const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
    const len = header.length;
    let valueStart = options?.start ?? 0;
    while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
        valueStart++;
    }
    let index = valueStart;
    let typeFlags = 0;
    let whitespace = -1;
    let stop = options?.parameters === false ? COMMA_FLAG : 0;
    while (index < len) {
        const code = header.charCodeAt(index);
        const flags = CHAR_MAP[code];
        if ((flags & stopFlags) !== 0) {
            stop |= flags & COMMA_FLAG;
            break;
        }
        if ((flags & OWS) !== 0) {
            if (whitespace === -1)
                whitespace = index;
        }
        else {
            whitespace = -1;
        }
        typeFlags |= (code & NON_ASCII) | flags;
        index++;
    }
    const valueEnd = whitespace === -1 ? index : whitespace;
    const value = header.slice(valueStart, valueEnd);
    const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
    if (index === len || stop !== 0) {
        return { type, index, parameters: new NullObject() };
    }
    return parseParameters(header, type, index, len, stopFlags);
}
/**
 * Parses the parameters of a `Content-Type` header starting at the given index.
 */
function parseParameters(header, type, index, len, stopFlags) {
    const parameters = new NullObject();
    parameter: while (index < len) {
        index++; // Skip over ;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
            index++;
        }
        const keyStart = index;
        let keyFlags = 0;
        let keyWhitespace = -1;
        while (index < len) {
            const code = header.charCodeAt(index);
            const flags = CHAR_MAP[code];
            if ((flags & stopFlags) !== 0) {
                if ((flags & COMMA_FLAG) !== 0)
                    break parameter;
                continue parameter;
            }
            if (code === EQ) {
                const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
                const value = header.slice(keyStart, keyEnd);
                const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
                index++;
                while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
                    index++;
                }
                if (index < len && header.charCodeAt(index) === DQUOTE) {
                    const quotedStart = ++index;
                    let escaped = false;
                    while (index < len) {
                        const code = header.charCodeAt(index);
                        if (code === DQUOTE) {
                            if (parameters[key] === undefined) {
                                parameters[key] = escaped
                                    ? unescapeQuotedPairs(header, quotedStart, index)
                                    : header.slice(quotedStart, index);
                            }
                            index++;
                            let stop = 0;
                            // Discard characters between quote and delimiter.
                            while (index < len) {
                                const code = header.charCodeAt(index);
                                const flags = CHAR_MAP[code];
                                if ((flags & stopFlags) !== 0) {
                                    stop = flags & COMMA_FLAG;
                                    break;
                                }
                                index++;
                            }
                            if (stop !== 0)
                                break parameter;
                            continue parameter;
                        }
                        if (code === BSLASH && index + 1 < len) {
                            escaped = true;
                            index += 2;
                            continue;
                        }
                        index++;
                    }
                    continue parameter;
                }
                const valueStart = index;
                let stop = 0;
                let valueWhitespace = -1;
                while (index < len) {
                    const code = header.charCodeAt(index);
                    const flags = CHAR_MAP[code];
                    if ((flags & stopFlags) !== 0) {
                        stop = flags & COMMA_FLAG;
                        break;
                    }
                    if ((flags & OWS) !== 0) {
                        if (valueWhitespace === -1)
                            valueWhitespace = index;
                    }
                    else {
                        valueWhitespace = -1;
                    }
                    index++;
                }
                if (parameters[key] === undefined) {
                    const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
                    parameters[key] = header.slice(valueStart, valueEnd);
                }
                if (stop !== 0)
                    break parameter;
                continue parameter;
            }
            if ((flags & OWS) !== 0) {
                if (keyWhitespace === -1)
                    keyWhitespace = index;
            }
            else {
                keyWhitespace = -1;
            }
            keyFlags |= (code & NON_ASCII) | flags;
            index++;
        }
    }
    return { type, index, parameters };
}
/**
 * Remove backslashes from quoted pairs in a known-terminated quoted string body.
 */
function unescapeQuotedPairs(str, start, end) {
    let result = "";
    for (let index = start; index < end; index++) {
        if (str.charCodeAt(index) === BSLASH) {
            result += str.slice(start, index);
            start = ++index;
        }
    }
    return result + str.slice(start, end);
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/json-with-bigint/json-with-bigint.js
const intRegex = /^-?\d+$/;
const noiseValue = /^-?\d+n+$/; // Noise - strings that match the custom format before being converted to it
const originalStringify = JSON.stringify;
const originalParse = JSON.parse;
const customFormat = /^-?\d+n$/;

const bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
const noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;

/**
 * @typedef {(this: any, key: string | number | undefined, value: any) => any} Replacer
 * @typedef {(key: string | number | undefined, value: any, context?: { source: string }) => any} Reviver
 */

/**
 * Checks if a value is unstringifiable according to native JSON.stringify rules.
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is undefined, a function, or a symbol.
 */
const isUnstringifiable = (val) =>
  val === undefined || typeof val === "function" || typeof val === "symbol";

/**
 * Checks if a value is a native JSON.rawJSON object (Node.js 22+).
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is a RawJSON instance.
 */
const isRawJSON = (val) =>
  val !== null &&
  typeof val === "object" &&
  val.constructor &&
  val.constructor.name === "RawJSON";

/**
 * Iteratively converts a JS value to a JSON string.
 * Used as a fallback when the native JSON.stringify hits the Maximum Call Stack size.
 * Fully compliant with JSON formatting (space), replacers, and toJSON behaviors.
 *
 * @param {any} rootValue The value to stringify.
 * @param {Replacer | Array<string | number> | null} [replacer] User's custom replacer function.
 * @param {string | number} [spaceParam] Indentation for pretty-printing.
 * @returns {string | undefined} The generated JSON string.
 */
const stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";

  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }

  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer)
    ? new Set(replacer.map(String))
    : null;

  /**
   * Prepares a value for stringification by resolving toJSON, handling BigInts,
   * applying custom replacers, and unwrapping primitive objects.
   *
   * @param {object|Array} parent The parent object or array holding the value.
   * @param {string} key The key associated with the value.
   * @param {any} val The raw value to process.
   * @returns {any} The processed value ready for stringification.
   */
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";

    if (hasToJSON) {
      val = val.toJSON(key);
    }

    const isNoise = typeof val === "string" && noiseValue.test(val);

    if (isNoise) return val + "n";

    const isBigInt = typeof val === "bigint";

    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return JSON.rawJSON(val.toString());

      return val.toString() + "n";
    }

    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }

    const isPostReplacerObject = val !== null && typeof val === "object";

    if (isPostReplacerObject) {
      const isPrimitiveWrapper =
        val instanceof Number ||
        val instanceof String ||
        val instanceof Boolean;

      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }

    return val;
  };

  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);

  if (isUnstringifiable(rootProcessed)) {
    return undefined;
  }

  const isRootPrimitive =
    rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);

  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }

  const chunks = [];
  let level = 0;

  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true,
    },
  ];

  const visited = new WeakSet([rootProcessed]);

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }

    let isDone = false;

    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");

        if (space) chunks.push("\n" + space.repeat(level));

        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);

        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject =
            childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);

          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }

            visited.add(childVal);

            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true,
            });

            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];

        const isFilteredOutByArray = propertyList && !propertyList.has(k);

        if (isFilteredOutByArray) continue;

        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);

        if (isUnstringifiable(childVal)) continue;

        if (!node.first) chunks.push(",");

        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }

        const isComplexObject =
          childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);

        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }

          visited.add(childVal);

          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true,
          });

          node.first = false;

          break; // Stop current loop level to process the newly pushed stack node
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }

      const isNodeFullyProcessed =
        node.index >= node.keys.length && stack[stack.length - 1] === node;

      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }

    if (isDone) {
      level--;

      if (!node.first && space) chunks.push("\n" + space.repeat(level));

      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }

  return chunks.join("");
};

/**
 * Converts a JavaScript value to a JSON string.
 *
 * Supports serialization of BigInt values using two strategies:
 * 1. Custom format "123n" → "123" (universal fallback)
 * 2. Native JSON.rawJSON() (Node.js 22+, fastest) when available
 *
 * All other values are serialized exactly like native JSON.stringify().
 *
 * @param {*} value The value to convert to a JSON string.
 * @param {Replacer | Array<string | number> | null} [replacer]
 * A function that alters the behavior of the stringification process,
 * or an array of strings/numbers to indicate properties to exclude.
 * @param {string | number} [space]
 * A string or number to specify indentation or pretty-printing.
 * @returns {string} The JSON string representation.
 */
const JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;

    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());

          const hasFunctionReplacer = typeof replacer === "function";

          if (hasFunctionReplacer) return replacer(key, val);

          const isKeyInArrayReplacer =
            Array.isArray(replacer) && replacer.includes(key);

          if (isKeyInArrayReplacer) return val;

          return val;
        },
        space,
      );
    }

    if (!value) return originalStringify(value, replacer, space);

    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);

        if (isNoise) return val.toString() + "n"; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

        if (typeof val === "bigint") return val.toString() + "n";

        const hasFunctionReplacer = typeof replacer === "function";

        if (hasFunctionReplacer) return replacer(key, val);

        const isKeyInArrayReplacer =
          Array.isArray(replacer) && replacer.includes(key);

        if (isKeyInArrayReplacer) return val;

        return val;
      },
      space,
    );

    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3",
    ); // Delete one "n" off the end of every BigInt value

    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3"); // Remove one "n" off the end of every noisy string

    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);

      if (convertedJSON === undefined) return undefined;

      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return convertedJSON;

      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");

      return processedJSON.replace(noiseStringify, "$1$2$3");
    }

    throw error;
  }
};

const featureCache = new Map();

/**
 * Detects if the current JSON.parse implementation supports the context.source feature.
 *
 * Uses toString() fingerprinting to cache results and automatically detect runtime
 * replacements of JSON.parse (polyfills, mocks, etc.).
 *
 * @returns {boolean} true if context.source is supported, false otherwise.
 */
const isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();

  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }

  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1",
    );
    featureCache.set(parseFingerprint, result);

    return result;
  } catch {
    featureCache.set(parseFingerprint, false);

    return false;
  }
};

/**
 * Reviver function that converts custom-format BigInt strings back to BigInt values.
 * Also handles "noise" strings that accidentally match the BigInt format.
 *
 * @param {string | number | undefined} key The object key.
 * @param {*} value The value being parsed.
 * @param {object} [context] Parse context (if supported by JSON.parse).
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The transformed value.
 */
const convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt =
    typeof value === "string" && customFormat.test(value);

  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));

  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);

  const hasUserReviver = typeof userReviver === "function";

  if (!hasUserReviver) return value;

  return userReviver(key, value, context);
};

/**
 * Fast JSON.parse implementation (~2x faster than classic fallback).
 * Uses JSON.parse's context.source feature to detect integers and convert
 * large numbers directly to BigInt without string manipulation.
 *
 * Does not support legacy custom format from v1 of this library.
 *
 * @param {string} text JSON string to parse.
 * @param {Reviver} [reviver] Transform function to apply to each value.
 * @returns {any} Parsed JavaScript value.
 */
const JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds =
      value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;

    if (isBigInt) return BigInt(context.source);

    const hasCustomReviver = typeof reviver === "function";

    if (!hasCustomReviver) return value;

    return reviver(key, value, context);
  });
};

const MAX_INT = Number.MAX_SAFE_INTEGER.toString();
const MAX_DIGITS = MAX_INT.length;
const stringsOrLargeNumbers =
  /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
const noiseValueWithQuotes = /^"-?\d+n+"$/; // Noise - strings that match the custom format before being converted to it

/**
 * Iteratively traverses the parsed object bottom-up (post-order),
 * emulating the native JSON.parse reviver behavior.
 * This avoids Call Stack overflows (RangeError) on deeply nested structures.
 *
 * @param {any} parsed The natively parsed JSON object.
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The fully processed object.
 */
const applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (!node.visited) {
      node.visited = true;

      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";

      if (isComplexObject) {
        const keys = Object.keys(value);

        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];

      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);

        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);

          if (isNoise) value = value.slice(0, -1);
        }
      }

      const hasUserReviver = typeof userReviver === "function";

      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }

      const isDeleted = value === undefined;

      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }

      stack.pop();
    }
  }

  return rootHolder[""];
};

/**
 * Pre-processes the JSON string to mark large numbers with an 'n' suffix.
 *
 * @param {string} text The raw JSON string.
 * @returns {string} The serialized string with marked BigInts.
 */
const serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);

      if (isNoise) return match.substring(0, match.length - 1) + 'n"'; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

      const hasFractionalOrExponential = fractional || exponential;

      // With a fixed number of digits, we can correctly use lexicographical comparison to do a numeric comparison
      const isLessThanMaxSafeInt =
        digits &&
        (digits.length < MAX_DIGITS ||
          (digits.length === MAX_DIGITS && digits <= MAX_INT));

      const isStandardValue =
        isString || hasFractionalOrExponential || isLessThanMaxSafeInt;

      if (isStandardValue) return match;

      return '"' + match + 'n"';
    },
  );
};

/**
 * Converts a JSON string into a JavaScript value.
 *
 * Supports parsing of large integers using two strategies:
 * 1. Classic fallback: Marks large numbers with "123n" format, then converts to BigInt
 * 2. Fast path (JSONParseV2): Uses context.source feature (~2x faster) when available
 *
 * All other JSON values are parsed exactly like native JSON.parse().
 *
 * @param {string} text A valid JSON string.
 * @param {Reviver} [reviver]
 * A function that transforms the results. This function is called for each member
 * of the object. If a member contains nested objects, the nested objects are
 * transformed before the parent object is.
 * @returns {any} The parsed JavaScript value.
 * @throws {SyntaxError} If text is not valid JSON.
 */
const JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);

  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver); // Shortcut to a faster (2x) and simpler version

    // Find and mark big numbers with "n"
    const serializedData = serializeBigInts(text);

    return originalParse(serializedData, (key, value, context) =>
      convertMarkedBigIntsReviver(key, value, context, reviver),
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);

      return applyReviverIteratively(parsed, reviver);
    }

    throw error;
  }
};



;// CONCATENATED MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}


;// CONCATENATED MODULE: ./node_modules/@octokit/request/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var dist_bundle_VERSION = "10.0.16";

// pkg/dist-src/defaults.js
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${dist_bundle_VERSION} ${getUserAgent()}`
  }
};

// pkg/dist-src/fetch-wrapper.js



// pkg/dist-src/is-plain-object.js
function dist_bundle_isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/fetch-wrapper.js

var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = dist_bundle_isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = dist_parse(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

// pkg/dist-src/with-defaults.js
function dist_bundle_withDefaults(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: dist_bundle_withDefaults.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: dist_bundle_withDefaults.bind(null, endpoint2)
  });
}

// pkg/dist-src/index.js
var request = dist_bundle_withDefaults(endpoint, defaults_default);

/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/graphql/dist-bundle/index.js
// pkg/dist-src/index.js



// pkg/dist-src/version.js
var graphql_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/with-defaults.js


// pkg/dist-src/graphql.js


// pkg/dist-src/error.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};

// pkg/dist-src/graphql.js
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}

// pkg/dist-src/with-defaults.js
function graphql_dist_bundle_withDefaults(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: graphql_dist_bundle_withDefaults.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}

// pkg/dist-src/index.js
var graphql2 = graphql_dist_bundle_withDefaults(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${graphql_dist_bundle_VERSION} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return graphql_dist_bundle_withDefaults(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

/* v8 ignore if -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/auth-token/dist-bundle/index.js
// pkg/dist-src/is-jwt.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);

// pkg/dist-src/auth.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}

// pkg/dist-src/with-authorization-prefix.js
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}

// pkg/dist-src/hook.js
async function hook(token, request, route, parameters) {
  const endpoint = request.endpoint.merge(
    route,
    parameters
  );
  endpoint.headers.authorization = withAuthorizationPrefix(token);
  return request(endpoint);
}

// pkg/dist-src/index.js
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/version.js
const version_VERSION = "7.0.8";


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/index.js






const dist_src_noop = () => {
};
const consoleWarn = console.warn.bind(console);
const consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = dist_src_noop;
  }
  if (typeof logger.info !== "function") {
    logger.info = dist_src_noop;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
const userAgentTrail = `octokit-core.js/${version_VERSION} ${getUserAgent()}`;
class Octokit {
  static VERSION = version_VERSION;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook = new before_after_hook.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth = createTokenAuth(options.auth);
        hook.wrap("request", auth.hook);
        this.auth = auth;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook.wrap("request", auth.hook);
      this.auth = auth;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
}


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
// pkg/dist-src/version.js
var plugin_paginate_rest_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/normalize-paginated-list-response.js
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}

// pkg/dist-src/iterator.js
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}

// pkg/dist-src/paginate.js
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}

// pkg/dist-src/compose-paginate.js
var composePaginateRest = Object.assign(paginate, {
  iterator
});

// pkg/dist-src/generated/paginating-endpoints.js
var paginatingEndpoints = (/* unused pure expression or super */ null && ([
  "GET /advisories",
  "GET /app/hook/deliveries",
  "GET /app/installation-requests",
  "GET /app/installations",
  "GET /assignments/{assignment_id}/accepted_assignments",
  "GET /classrooms",
  "GET /classrooms/{classroom_id}/assignments",
  "GET /enterprises/{enterprise}/code-security/configurations",
  "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories",
  "GET /enterprises/{enterprise}/dependabot/alerts",
  "GET /enterprises/{enterprise}/teams",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations",
  "GET /events",
  "GET /gists",
  "GET /gists/public",
  "GET /gists/starred",
  "GET /gists/{gist_id}/comments",
  "GET /gists/{gist_id}/commits",
  "GET /gists/{gist_id}/forks",
  "GET /installation/repositories",
  "GET /issues",
  "GET /licenses",
  "GET /marketplace_listing/plans",
  "GET /marketplace_listing/plans/{plan_id}/accounts",
  "GET /marketplace_listing/stubbed/plans",
  "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts",
  "GET /networks/{owner}/{repo}/events",
  "GET /notifications",
  "GET /organizations",
  "GET /organizations/{org}/dependabot/repository-access",
  "GET /orgs/{org}/actions/cache/usage-by-repository",
  "GET /orgs/{org}/actions/hosted-runners",
  "GET /orgs/{org}/actions/permissions/repositories",
  "GET /orgs/{org}/actions/permissions/self-hosted-runners/repositories",
  "GET /orgs/{org}/actions/runner-groups",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners",
  "GET /orgs/{org}/actions/runners",
  "GET /orgs/{org}/actions/secrets",
  "GET /orgs/{org}/actions/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/actions/variables",
  "GET /orgs/{org}/actions/variables/{name}/repositories",
  "GET /orgs/{org}/attestations/repositories",
  "GET /orgs/{org}/attestations/{subject_digest}",
  "GET /orgs/{org}/blocks",
  "GET /orgs/{org}/campaigns",
  "GET /orgs/{org}/code-scanning/alerts",
  "GET /orgs/{org}/code-security/configurations",
  "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories",
  "GET /orgs/{org}/codespaces",
  "GET /orgs/{org}/codespaces/secrets",
  "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/copilot/billing/seats",
  "GET /orgs/{org}/copilot/metrics",
  "GET /orgs/{org}/dependabot/alerts",
  "GET /orgs/{org}/dependabot/secrets",
  "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/events",
  "GET /orgs/{org}/failed_invitations",
  "GET /orgs/{org}/hooks",
  "GET /orgs/{org}/hooks/{hook_id}/deliveries",
  "GET /orgs/{org}/insights/api/route-stats/{actor_type}/{actor_id}",
  "GET /orgs/{org}/insights/api/subject-stats",
  "GET /orgs/{org}/insights/api/user-stats/{user_id}",
  "GET /orgs/{org}/installations",
  "GET /orgs/{org}/invitations",
  "GET /orgs/{org}/invitations/{invitation_id}/teams",
  "GET /orgs/{org}/issues",
  "GET /orgs/{org}/members",
  "GET /orgs/{org}/members/{username}/codespaces",
  "GET /orgs/{org}/migrations",
  "GET /orgs/{org}/migrations/{migration_id}/repositories",
  "GET /orgs/{org}/organization-roles/{role_id}/teams",
  "GET /orgs/{org}/organization-roles/{role_id}/users",
  "GET /orgs/{org}/outside_collaborators",
  "GET /orgs/{org}/packages",
  "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
  "GET /orgs/{org}/personal-access-token-requests",
  "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories",
  "GET /orgs/{org}/personal-access-tokens",
  "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories",
  "GET /orgs/{org}/private-registries",
  "GET /orgs/{org}/projects",
  "GET /orgs/{org}/projectsV2",
  "GET /orgs/{org}/projectsV2/{project_number}/fields",
  "GET /orgs/{org}/projectsV2/{project_number}/items",
  "GET /orgs/{org}/properties/values",
  "GET /orgs/{org}/public_members",
  "GET /orgs/{org}/repos",
  "GET /orgs/{org}/rulesets",
  "GET /orgs/{org}/rulesets/rule-suites",
  "GET /orgs/{org}/rulesets/{ruleset_id}/history",
  "GET /orgs/{org}/secret-scanning/alerts",
  "GET /orgs/{org}/security-advisories",
  "GET /orgs/{org}/settings/immutable-releases/repositories",
  "GET /orgs/{org}/settings/network-configurations",
  "GET /orgs/{org}/team/{team_slug}/copilot/metrics",
  "GET /orgs/{org}/teams",
  "GET /orgs/{org}/teams/{team_slug}/discussions",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions",
  "GET /orgs/{org}/teams/{team_slug}/invitations",
  "GET /orgs/{org}/teams/{team_slug}/members",
  "GET /orgs/{org}/teams/{team_slug}/projects",
  "GET /orgs/{org}/teams/{team_slug}/repos",
  "GET /orgs/{org}/teams/{team_slug}/teams",
  "GET /projects/{project_id}/collaborators",
  "GET /repos/{owner}/{repo}/actions/artifacts",
  "GET /repos/{owner}/{repo}/actions/caches",
  "GET /repos/{owner}/{repo}/actions/organization-secrets",
  "GET /repos/{owner}/{repo}/actions/organization-variables",
  "GET /repos/{owner}/{repo}/actions/runners",
  "GET /repos/{owner}/{repo}/actions/runs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs",
  "GET /repos/{owner}/{repo}/actions/secrets",
  "GET /repos/{owner}/{repo}/actions/variables",
  "GET /repos/{owner}/{repo}/actions/workflows",
  "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
  "GET /repos/{owner}/{repo}/activity",
  "GET /repos/{owner}/{repo}/assignees",
  "GET /repos/{owner}/{repo}/attestations/{subject_digest}",
  "GET /repos/{owner}/{repo}/branches",
  "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations",
  "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs",
  "GET /repos/{owner}/{repo}/code-scanning/alerts",
  "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
  "GET /repos/{owner}/{repo}/code-scanning/analyses",
  "GET /repos/{owner}/{repo}/codespaces",
  "GET /repos/{owner}/{repo}/codespaces/devcontainers",
  "GET /repos/{owner}/{repo}/codespaces/secrets",
  "GET /repos/{owner}/{repo}/collaborators",
  "GET /repos/{owner}/{repo}/comments",
  "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/commits",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-suites",
  "GET /repos/{owner}/{repo}/commits/{ref}/status",
  "GET /repos/{owner}/{repo}/commits/{ref}/statuses",
  "GET /repos/{owner}/{repo}/compare/{basehead}",
  "GET /repos/{owner}/{repo}/compare/{base}...{head}",
  "GET /repos/{owner}/{repo}/contributors",
  "GET /repos/{owner}/{repo}/dependabot/alerts",
  "GET /repos/{owner}/{repo}/dependabot/secrets",
  "GET /repos/{owner}/{repo}/deployments",
  "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
  "GET /repos/{owner}/{repo}/environments",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/variables",
  "GET /repos/{owner}/{repo}/events",
  "GET /repos/{owner}/{repo}/forks",
  "GET /repos/{owner}/{repo}/hooks",
  "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries",
  "GET /repos/{owner}/{repo}/invitations",
  "GET /repos/{owner}/{repo}/issues",
  "GET /repos/{owner}/{repo}/issues/comments",
  "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/issues/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/labels",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/reactions",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline",
  "GET /repos/{owner}/{repo}/keys",
  "GET /repos/{owner}/{repo}/labels",
  "GET /repos/{owner}/{repo}/milestones",
  "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels",
  "GET /repos/{owner}/{repo}/notifications",
  "GET /repos/{owner}/{repo}/pages/builds",
  "GET /repos/{owner}/{repo}/projects",
  "GET /repos/{owner}/{repo}/pulls",
  "GET /repos/{owner}/{repo}/pulls/comments",
  "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments",
  "GET /repos/{owner}/{repo}/releases",
  "GET /repos/{owner}/{repo}/releases/{release_id}/assets",
  "GET /repos/{owner}/{repo}/releases/{release_id}/reactions",
  "GET /repos/{owner}/{repo}/rules/branches/{branch}",
  "GET /repos/{owner}/{repo}/rulesets",
  "GET /repos/{owner}/{repo}/rulesets/rule-suites",
  "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations",
  "GET /repos/{owner}/{repo}/security-advisories",
  "GET /repos/{owner}/{repo}/stargazers",
  "GET /repos/{owner}/{repo}/subscribers",
  "GET /repos/{owner}/{repo}/tags",
  "GET /repos/{owner}/{repo}/teams",
  "GET /repos/{owner}/{repo}/topics",
  "GET /repositories",
  "GET /search/code",
  "GET /search/commits",
  "GET /search/issues",
  "GET /search/labels",
  "GET /search/repositories",
  "GET /search/topics",
  "GET /search/users",
  "GET /teams/{team_id}/discussions",
  "GET /teams/{team_id}/discussions/{discussion_number}/comments",
  "GET /teams/{team_id}/discussions/{discussion_number}/comments/{comment_number}/reactions",
  "GET /teams/{team_id}/discussions/{discussion_number}/reactions",
  "GET /teams/{team_id}/invitations",
  "GET /teams/{team_id}/members",
  "GET /teams/{team_id}/projects",
  "GET /teams/{team_id}/repos",
  "GET /teams/{team_id}/teams",
  "GET /user/blocks",
  "GET /user/codespaces",
  "GET /user/codespaces/secrets",
  "GET /user/emails",
  "GET /user/followers",
  "GET /user/following",
  "GET /user/gpg_keys",
  "GET /user/installations",
  "GET /user/installations/{installation_id}/repositories",
  "GET /user/issues",
  "GET /user/keys",
  "GET /user/marketplace_purchases",
  "GET /user/marketplace_purchases/stubbed",
  "GET /user/memberships/orgs",
  "GET /user/migrations",
  "GET /user/migrations/{migration_id}/repositories",
  "GET /user/orgs",
  "GET /user/packages",
  "GET /user/packages/{package_type}/{package_name}/versions",
  "GET /user/public_emails",
  "GET /user/repos",
  "GET /user/repository_invitations",
  "GET /user/social_accounts",
  "GET /user/ssh_signing_keys",
  "GET /user/starred",
  "GET /user/subscriptions",
  "GET /user/teams",
  "GET /users",
  "GET /users/{username}/attestations/{subject_digest}",
  "GET /users/{username}/events",
  "GET /users/{username}/events/orgs/{org}",
  "GET /users/{username}/events/public",
  "GET /users/{username}/followers",
  "GET /users/{username}/following",
  "GET /users/{username}/gists",
  "GET /users/{username}/gpg_keys",
  "GET /users/{username}/keys",
  "GET /users/{username}/orgs",
  "GET /users/{username}/packages",
  "GET /users/{username}/projects",
  "GET /users/{username}/projectsV2",
  "GET /users/{username}/projectsV2/{project_number}/fields",
  "GET /users/{username}/projectsV2/{project_number}/items",
  "GET /users/{username}/received_events",
  "GET /users/{username}/received_events/public",
  "GET /users/{username}/repos",
  "GET /users/{username}/social_accounts",
  "GET /users/{username}/ssh_signing_keys",
  "GET /users/{username}/starred",
  "GET /users/{username}/subscriptions"
]));

// pkg/dist-src/paginating-endpoints.js
function isPaginatingEndpoint(arg) {
  if (typeof arg === "string") {
    return paginatingEndpoints.includes(arg);
  } else {
    return false;
  }
}

// pkg/dist-src/index.js
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = plugin_paginate_rest_dist_bundle_VERSION;


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-request-log/dist-src/version.js
const dist_src_version_VERSION = "6.0.0";


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-request-log/dist-src/index.js

function requestLog(octokit) {
  octokit.hook.wrap("request", (request, options) => {
    octokit.log.debug("request", options);
    const start = Date.now();
    const requestOptions = octokit.request.endpoint.parse(options);
    const path = requestOptions.url.replace(options.baseUrl, "");
    return request(options).then((response) => {
      const requestId = response.headers["x-github-request-id"];
      octokit.log.info(
        `${requestOptions.method} ${path} - ${response.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      return response;
    }).catch((error) => {
      const requestId = error.response?.headers["x-github-request-id"] || "UNKNOWN";
      octokit.log.error(
        `${requestOptions.method} ${path} - ${error.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      throw error;
    });
  });
}
requestLog.VERSION = dist_src_version_VERSION;


// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __nccwpck_require__(3251);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
// pkg/dist-src/version.js
var plugin_retry_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/error-request.js
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}

// pkg/dist-src/wrap-request.js


async function wrapRequest(state, octokit, request, options) {
  const limiter = new light();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request, options) {
  const response = await request(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}

// pkg/dist-src/index.js
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = plugin_retry_dist_bundle_VERSION;


// EXTERNAL MODULE: ./src/gate/retry.ts
var gate_retry = __nccwpck_require__(7229);
;// CONCATENATED MODULE: ./src/github/http-fetch.ts
/** undici's: what Node's fetch would wait. */
const FETCH_TIMEOUTS = { connectMs: 10_000, headersMs: 300_000, bodyMs: 300_000 };
/** The headers of an answer: names lower-case, repeated ones joined by ', ', iterated in name order. */
class ResponseHeaders {
    map = new Map();
    constructor(raw) {
        for (let i = 0; i + 1 < raw.length; i += 2) {
            const name = raw[i].toLowerCase();
            const known = this.map.get(name);
            this.map.set(name, known === undefined ? raw[i + 1] : `${known}, ${raw[i + 1]}`);
        }
    }
    get(name) {
        return this.map.get(name.toLowerCase()) ?? null;
    }
    [Symbol.iterator]() {
        return [...this.map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))[Symbol.iterator]();
    }
}
/** An answer, its body already read (or being read) into memory. */
class FetchResponse {
    status;
    statusText;
    url;
    headers;
    bytes;
    constructor(status, statusText, url, headers, bytes) {
        this.status = status;
        this.statusText = statusText;
        this.url = url;
        this.headers = headers;
        this.bytes = bytes;
        bytes.catch(() => undefined); // read or not, a failed body is no unhandled rejection
    }
    get ok() {
        return this.status >= 200 && this.status < 300;
    }
    /** The body as UTF-8, a byte order mark dropped, as fetch decodes it. */
    async text() {
        return (await this.bytes).toString('utf8').replace(/^\uFEFF/, '');
    }
    async json() {
        return JSON.parse(await this.text());
    }
    async arrayBuffer() {
        const b = await this.bytes;
        return new Uint8Array(b).buffer;
    }
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 20;
const BODY_HEADERS = ['content-encoding', 'content-language', 'content-location', 'content-type'];
const CREDENTIALS = ['authorization', 'proxy-authorization', 'cookie', 'host'];
/** Octokit's fetch over node:http(s). */
function httpFetch(timeouts = FETCH_TIMEOUTS) {
    return async (input, init = {}) => {
        init.signal?.throwIfAborted();
        let attempt = firstAttempt(input, init);
        for (let redirects = 0;; redirects++) {
            const res = await send(attempt, init.signal ?? undefined, timeouts);
            const location = res.headers.location;
            if (!REDIRECTS.has(res.statusCode ?? 0) || !location || init.redirect === 'manual')
                return answer(attempt, res, timeouts, init.signal ?? undefined);
            void drained(res);
            if (init.redirect === 'error')
                throw failed(new Error('unexpected redirect'));
            if (redirects >= MAX_REDIRECTS)
                throw failed(new Error('redirect count exceeded'));
            attempt = redirected(attempt, res.statusCode, new URL(location, attempt.url));
        }
    };
}
function firstAttempt(input, init) {
    const url = new URL(input);
    const headers = {};
    for (const [name, value] of Object.entries(init.headers ?? {}))
        headers[name.toLowerCase()] = value;
    headers['accept-encoding'] ??= url.protocol === 'https:' ? 'br, gzip, deflate' : 'gzip, deflate';
    const body = init.body == null ? undefined : bodyBytes(init.body);
    return { url, method: (init.method ?? 'GET').toUpperCase(), headers, body };
}
function bodyBytes(body) {
    if (typeof body === 'string')
        return Buffer.from(body, 'utf8');
    if (body instanceof ArrayBuffer)
        return Buffer.from(body);
    return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
}
/** The request after a redirect: GET without a body after 303 (and 301/302 of a POST), no credentials across origins. */
function redirected(previous, status, url) {
    const headers = { ...previous.headers };
    let { method, body } = previous;
    if ((status === 303 && method !== 'GET' && method !== 'HEAD') ||
        ((status === 301 || status === 302) && method === 'POST')) {
        method = 'GET';
        body = undefined;
        for (const name of BODY_HEADERS)
            delete headers[name];
    }
    if (url.origin !== previous.url.origin)
        for (const name of CREDENTIALS)
            delete headers[name];
    return { url, method, headers, body };
}
const agents = new Map();
/** node:http or node:https, loaded when a URL first asks for it, with a keep-alive agent. */
function transport(protocol) {
    let loaded = agents.get(protocol);
    if (!loaded) {
        if (protocol !== 'http:' && protocol !== 'https:')
            throw failed(new Error(`unsupported protocol ${protocol}`));
        loaded = (protocol === 'https:' ? Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23)) : Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 23))).then((lib) => ({
            request: lib.request,
            agent: new lib.Agent({ keepAlive: true }),
        }));
        agents.set(protocol, loaded);
    }
    return loaded;
}
/** One request: its answer's head, or a TypeError whose cause says what failed. */
async function send(attempt, signal, timeouts) {
    const { request, agent } = await transport(attempt.url.protocol);
    const headers = { ...attempt.headers };
    if (attempt.body)
        headers['content-length'] = String(attempt.body.length);
    else if (attempt.method !== 'GET' && attempt.method !== 'HEAD')
        headers['content-length'] = '0';
    const options = { method: attempt.method, headers, agent };
    return new Promise((resolve, reject) => {
        const req = request(attempt.url, options);
        const stop = guard(req, signal, timeouts, reject);
        req.once('response', (res) => {
            stop();
            resolve(res);
        });
        req.end(attempt.body);
    });
}
/**
 * The request's deadlines and its abort signal: connecting, then the answer's head. Returns what ends
 * them once the head has come; the body has its own deadline (readBody).
 */
function guard(req, signal, timeouts, reject) {
    let done = false;
    const fail = (error) => {
        if (done)
            return;
        done = true;
        clear();
        reject(error);
        req.destroy();
    };
    const timer = (ms, message) => setTimeout(() => fail(failed(timeoutError(message))), ms);
    let deadline = timer(timeouts.connectMs, 'Connect Timeout Error');
    req.once('socket', (socket) => {
        const connected = () => {
            clearTimeout(deadline);
            deadline = timer(timeouts.headersMs, 'Headers Timeout Error');
        };
        // A TLS socket is connected once its handshake is done.
        if (socket.connecting)
            socket.once('encrypted' in socket ? 'secureConnect' : 'connect', connected);
        else
            connected();
    });
    const onAbort = () => fail(abortError(signal));
    signal?.addEventListener('abort', onAbort, { once: true });
    req.on('error', (error) => fail(failed(error))); // on, not once: a later error must not crash the run
    const clear = () => {
        clearTimeout(deadline);
        signal?.removeEventListener('abort', onAbort);
    };
    return () => {
        done = true;
        clear();
    };
}
/** The answer Octokit reads: the body decoded and read with the body deadline and the abort signal. */
function answer(attempt, res, timeouts, signal) {
    const status = res.statusCode ?? 0;
    const headers = new ResponseHeaders(res.rawHeaders);
    const empty = attempt.method === 'HEAD' || status === 204 || status === 304;
    const encoding = headers.get('content-encoding');
    const body = () => whenDecodable(res, encoding, () => readBody(res, decoded(res, encoding), timeouts, signal));
    const bytes = empty ? drained(res) : body();
    return new FetchResponse(status, res.statusMessage ?? '', attempt.url.href, headers, bytes);
}
/** A body nobody reads (a redirect's, a 204's): read to its end so that its connection is reused. */
function drained(res) {
    res.on('error', () => undefined);
    res.resume();
    return Promise.resolve(Buffer.alloc(0));
}
/** The body through zlib when the server compressed it (the codings undone last first). */
function decoded(res, encoding) {
    const codings = (encoding ?? '')
        .toLowerCase()
        .split(',')
        .map((c) => c.trim())
        .filter((c) => c && c !== 'identity');
    let stream = res;
    for (const coding of codings.reverse()) {
        const next = decoder(coding);
        if (!next)
            return stream;
        stream.on('error', (error) => next.destroy(error));
        stream = stream.pipe(next);
    }
    return stream;
}
/** node:zlib, loaded when an answer first comes compressed: loading it at start-up cost about 19 ms. */
let zlib;
let zlibLoading;
const ZLIB_CODINGS = /\b(?:x-gzip|gzip|deflate|br)\b/i;
/** The body, once node:zlib is loaded if it is needed; an error of the answer meanwhile is kept, not thrown. */
function whenDecodable(res, encoding, read) {
    if (zlib || !ZLIB_CODINGS.test(encoding ?? ''))
        return read();
    const early = [];
    const keep = (error) => early.push(error);
    res.on('error', keep);
    zlibLoading ??= Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8522, 23)).then((m) => (zlib = m));
    return zlibLoading.then(() => {
        res.off('error', keep);
        return early.length ? Promise.reject(failed(early[0])) : read();
    });
}
function decoder(coding) {
    if (!zlib)
        return undefined; // not a coding of ZLIB_CODINGS
    const lenient = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
    if (coding === 'gzip' || coding === 'x-gzip')
        return zlib.createGunzip(lenient);
    if (coding === 'deflate')
        return zlib.createInflate(lenient);
    if (coding === 'br')
        return zlib.createBrotliDecompress();
    return undefined;
}
/** The whole body; a failure, a pause longer than bodyMs or the abort signal rejects with a TypeError. */
function readBody(res, body, timeouts, signal) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let timer;
        const finish = (error) => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
            if (error === undefined)
                resolve(Buffer.concat(chunks));
            else {
                reject(error);
                res.destroy();
            }
        };
        const idle = () => {
            clearTimeout(timer);
            timer = setTimeout(() => finish(failed(timeoutError('Body Timeout Error'))), timeouts.bodyMs);
        };
        const onAbort = () => finish(abortError(signal));
        signal?.addEventListener('abort', onAbort, { once: true });
        idle();
        body.on('data', (chunk) => {
            chunks.push(chunk);
            idle();
        });
        body.once('end', () => finish());
        body.on('error', (error) => finish(failed(error)));
        res.once('aborted', () => finish(failed(new Error('terminated'))));
    });
}
/** A network failure as fetch reports one: a TypeError whose cause is what failed. */
function failed(cause) {
    return new TypeError('fetch failed', { cause });
}
function timeoutError(message) {
    return Object.assign(new Error(message), { name: message.replace(/ /g, '') });
}
/** What fetch rejects with on abort: the signal's reason, or an AbortError. */
function abortError(signal) {
    const reason = signal?.reason;
    if (reason instanceof Error && reason.name === 'AbortError')
        return reason;
    return Object.assign(new Error('This operation was aborted'), { name: 'AbortError', cause: reason });
}

;// CONCATENATED MODULE: ./src/github/rest.ts
const ROUTES = {
    checks: {
        create: 'POST /repos/{owner}/{repo}/check-runs',
        listForRef: 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
        update: 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
    },
    git: {
        createBlob: 'POST /repos/{owner}/{repo}/git/blobs',
        createCommit: 'POST /repos/{owner}/{repo}/git/commits',
        createRef: 'POST /repos/{owner}/{repo}/git/refs',
        createTag: 'POST /repos/{owner}/{repo}/git/tags',
        createTree: 'POST /repos/{owner}/{repo}/git/trees',
        getCommit: 'GET /repos/{owner}/{repo}/git/commits/{commit_sha}',
        getRef: 'GET /repos/{owner}/{repo}/git/ref/{ref}',
        getTag: 'GET /repos/{owner}/{repo}/git/tags/{tag_sha}',
        getTree: 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
        listMatchingRefs: 'GET /repos/{owner}/{repo}/git/matching-refs/{ref}',
        updateRef: 'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
    },
    issues: {
        createComment: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
        listComments: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
        updateComment: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
    },
    pulls: {
        get: 'GET /repos/{owner}/{repo}/pulls/{pull_number}',
        listFiles: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
    },
    reactions: {
        createForIssueComment: 'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions',
    },
    repos: {
        compareCommitsWithBasehead: 'GET /repos/{owner}/{repo}/compare/{basehead}',
        getCollaboratorPermissionLevel: 'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
        getContent: 'GET /repos/{owner}/{repo}/contents/{path}',
        listPullRequestsAssociatedWithCommit: 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
    },
};
/** An Octokit plugin: `octokit.rest` with the listed endpoints. */
function restEndpoints(octokit) {
    const rest = {};
    for (const [scope, methods] of Object.entries(ROUTES)) {
        const made = {};
        for (const [name, route] of Object.entries(methods)) {
            const [method, url] = route.split(' ');
            made[name] = octokit.request.defaults({ method, url });
        }
        rest[scope] = made;
    }
    return { rest: rest };
}

;// CONCATENATED MODULE: ./src/github/client.ts
/**
 * The Octokit client: @octokit/core with @octokit/rest's plugins (its endpoint methods trimmed to the ones
 * used, rest.ts) and the bounded retries of gate/retry.ts. 5xx answers are retried by @octokit/plugin-retry,
 * configured explicitly there; rate limits (403/429) only by the rate-limit hook here,
 * so a persistent 429 makes 1 + RATE_LIMIT.retries requests. Every wait goes through one sleep, which tests
 * replace. Requests go over node:http(s) (http-fetch.ts). Built by the entry point and passed in.
 */







/**
 * Registered before plugin-retry, so its hook is the innermost and runs once per attempt: plugin-retry
 * numbers its retries (request.retryCount) and waits nothing itself (retryAfterBaseValue 0); this waits.
 */
function serverErrorWait(octokit, options) {
    const sleep = options.sleep ?? gate_retry/* realSleep */.uk;
    octokit.hook.wrap('request', async (request, requestOptions) => {
        const retryCount = requestOptions.request?.retryCount ?? 0;
        if (retryCount > 0)
            await sleep(gate_retry/* SERVER_ERROR */.fO.delayMs(retryCount));
        return request(requestOptions);
    });
}
/** @octokit/rest's plugins, with `rest` holding only the endpoints Model Gate calls (rest.ts). */
const RestClient = Octokit.plugin(requestLog, restEndpoints, paginateRest);
const GitHubClient = RestClient.plugin(serverErrorWait, retry);
function createClient(options) {
    const sleep = options.sleep ?? gate_retry/* realSleep */.uk;
    const now = options.now ?? Date.now;
    const log = options.log ?? (() => undefined);
    const octokit = new GitHubClient({
        auth: options.token,
        baseUrl: options.baseUrl,
        userAgent: options.userAgent ?? 'model-gate',
        log: { debug: () => undefined, info: () => undefined, warn: log, error: () => undefined },
        // node:http(s), not the global fetch: see http-fetch.ts.
        request: { fetch: httpFetch() },
        retry: {
            enabled: true,
            retries: gate_retry/* SERVER_ERROR */.fO.retries,
            doNotRetry: [...gate_retry/* SERVER_ERROR */.fO.doNotRetry],
            retryAfterBaseValue: 0,
        },
        sleep,
    });
    octokit.hook.wrap('request', async (request, requestOptions) => {
        for (let attempt = 0;; attempt++) {
            // plugin-retry counts its retries on the options: each rate-limit retry starts a fresh count.
            delete requestOptions.request?.retryCount;
            try {
                return await request(requestOptions);
            }
            catch (error) {
                const wait = rateLimitWait(error, now());
                if (wait === undefined || attempt >= gate_retry/* RATE_LIMIT */.jS.retries)
                    throw error;
                log(`GitHub rate limit on ${requestOptions.method} ${requestOptions.url}: retrying in ${Math.ceil(wait / 1000)} s`);
                await sleep(wait);
            }
        }
    });
    return octokit;
}
/** How long GitHub asks us to wait, for a rate-limit answer; undefined for any other error or a too-long wait. */
function rateLimitWait(error, now = Date.now()) {
    const e = error;
    if (e?.status !== 403 && e?.status !== 429)
        return undefined;
    const headers = e.response?.headers ?? {};
    const limited = e.status === 429 ||
        /secondary rate limit|abuse detection|rate limit exceeded/i.test(e.message ?? '') ||
        String(headers['x-ratelimit-remaining'] ?? '') === '0' ||
        headers['retry-after'] !== undefined;
    if (!limited)
        return undefined;
    let wait = gate_retry/* RATE_LIMIT */.jS.defaultWaitMs;
    const after = Number(headers['retry-after']);
    const reset = Number(headers['x-ratelimit-reset']);
    if (Number.isFinite(after) && headers['retry-after'] !== undefined)
        wait = after * 1000;
    else if (Number.isFinite(reset) && headers['x-ratelimit-reset'] !== undefined)
        wait = reset * 1000 - now;
    wait = Math.max(0, wait);
    return wait > gate_retry/* RATE_LIMIT */.jS.maxWaitMs ? undefined : wait;
}
/** The HTTP status of an Octokit error, if it is one. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** The response, or undefined when GitHub answers 404 (no such file, ref or user); other errors pass through. */
async function unlessNotFound(request) {
    try {
        return await request;
    }
    catch (error) {
        if (statusOf(error) === 404)
            return undefined;
        throw error;
    }
}


/***/ }),

/***/ 1730:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _action_run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9954);

await (0,_action_run_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



exports.Dk = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
exports.XT = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
exports.JG = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
exports.iX = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
exports.As = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(1730);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
