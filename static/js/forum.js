// Kennisforum works without JavaScript; this file only adds conveniences.
"use strict";
