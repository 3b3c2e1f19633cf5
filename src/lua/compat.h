/* The few Lua C API differences between 5.1/LuaJIT and 5.4 that the binding meets. */
#ifndef CD_LUA_COMPAT_H
#define CD_LUA_COMPAT_H

#include <lauxlib.h>
#include <lua.h>

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
