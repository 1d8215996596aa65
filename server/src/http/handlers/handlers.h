#pragma once

#include "http/router.h"
#include "http/services.h"

namespace resumax::http {

// Each adds its resource's routes to the one route table (see routes.cpp).
void AddSystemRoutes(Router& router, Services& services);
void AddAuthRoutes(Router& router, Services& services);
void AddUserRoutes(Router& router, Services& services);

// The JSON form of an account, as every endpoint returns it.
boost::json::object UserJson(const auth::User& user);

}  // namespace resumax::http
