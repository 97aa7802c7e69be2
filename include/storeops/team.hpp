#pragma once
/// storeops team: The team: roles, staffing rules, Erlang C sizing, pay rules, payroll, the
/// monthly assessment and probation.
#include <storeops/team/roles.hpp>
#include <storeops/team/staffing.hpp>
#include <storeops/team/erlang.hpp>
#include <storeops/team/pay.hpp>
#include <storeops/team/payroll.hpp>
#include <storeops/team/assessment.hpp>
#include <storeops/team/probation.hpp>
