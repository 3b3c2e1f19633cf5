/* The few Lua C API differences between 5.1/LuaJIT and 5.4 that the binding meets. */
#ifndef CD_LUA_COMPAT_H
#define CD_LUA_COMPAT_H

#include <stdio.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h> /* LUA_FILEHANDLE in 5.1 and LuaJIT */

/* The FILE* of the io library's file at index i: its udata starts with the FILE* in every version
 * (5.1's FILE **, LuaJIT's IOFileUD, 5.4's luaL_Stream). Raises when the value is not an io file,
 * or when the file is closed (5.1 and LuaJIT: a NULL FILE*; 5.4: no closef). */
static inline FILE *cd_checkfile(lua_State *L, int i)
{
#if LUA_VERSION_NUM == 501
    FILE *f = *(FILE **)luaL_checkudata(L, i, LUA_FILEHANDLE);
#else
    luaL_Stream *s = luaL_checkudata(L, i, LUA_FILEHANDLE);
    FILE *f = s->closef ? s->f : NULL;
#endif
    if (!f) luaL_argerror(L, i, "attempt to use a closed file");
    return f;
}

#if LUA_VERSION_NUM == 501
static inline void cd_setfuncs(lua_State *L, const luaL_Reg *l)
{
    for (; l->name; l++) {
        lua_pushcfunction(L, l->func);
        lua_setfield(L, -2, l->name);
    }
}
#define cd_rawlen(L, i) lua_objlen(L, i)
#define cd_checkversion(L) ((void)0) /* 5.1 has no luaL_checkversion */
#else
#define cd_setfuncs(L, l) luaL_setfuncs(L, l, 0)
#define cd_rawlen(L, i) lua_rawlen(L, i)
#define cd_checkversion(L) luaL_checkversion(L)
#endif

#endif
