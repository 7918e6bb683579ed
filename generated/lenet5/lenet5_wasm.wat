(module
 (type $0 (func))
 (type $1 (func (param v128) (result v128)))
 (memory $0 34 34)
 (data $0 (i32.const 246852) "\01\00\00\00\02\00\00\00\03\00\00\00\04\00\00\00\05\00\00\00\06\00\00\00\07\00\00\00\08\00\00\00\t")
 (export "memory" (memory $0))
 (export "lenet5" (func $lenet5))
 (func $gf_exp_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local.set $1
   (f32x4.nearest
    (f32x4.mul
     (local.tee $0
      (f32x4.max
       (f32x4.min
        (local.get $0)
        (v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000)
       )
       (v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000)
      )
     )
     (v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b)
    )
   )
  )
  (f32x4.mul
   (f32x4.mul
    (f32x4.add
     (f32x4.add
      (f32x4.mul
       (f32x4.add
        (f32x4.mul
         (f32x4.add
          (f32x4.mul
           (f32x4.add
            (f32x4.mul
             (f32x4.add
              (f32x4.mul
               (f32x4.add
                (f32x4.mul
                 (v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967)
                 (local.tee $0
                  (f32x4.sub
                   (f32x4.sub
                    (local.get $0)
                    (f32x4.mul
                     (local.get $1)
                     (v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000)
                    )
                   )
                   (f32x4.mul
                    (local.get $1)
                    (v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083)
                   )
                  )
                 )
                )
                (v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce)
               )
               (local.get $0)
              )
              (v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908)
             )
             (local.get $0)
            )
            (v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1)
           )
           (local.get $0)
          )
          (v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa)
         )
         (local.get $0)
        )
        (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
       )
       (f32x4.mul
        (local.get $0)
        (local.get $0)
       )
      )
      (local.get $0)
     )
     (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
    )
    (i32x4.shl
     (i32x4.add
      (local.tee $1
       (i32x4.shr_s
        (local.tee $0
         (i32x4.trunc_sat_f32x4_s
          (local.get $1)
         )
        )
        (i32.const 1)
       )
      )
      (v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f)
     )
     (i32.const 23)
    )
   )
   (i32x4.shl
    (i32x4.add
     (i32x4.sub
      (local.get $0)
      (local.get $1)
     )
     (v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f)
    )
    (i32.const 23)
   )
  )
 )
 (func $gf_log_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local.set $2
   (f32x4.lt
    (local.tee $1
     (v128.or
      (v128.and
       (local.tee $5
        (v128.bitselect
         (f32x4.mul
          (local.get $0)
          (v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000)
         )
         (local.get $0)
         (local.tee $4
          (f32x4.lt
           (local.get $0)
           (v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000)
          )
         )
        )
       )
       (v128.const i32x4 0x007fffff 0x007fffff 0x007fffff 0x007fffff)
      )
      (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
     )
    )
    (v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3)
   )
  )
  (local.set $3
   (f32x4.mul
    (local.tee $1
     (f32x4.sub
      (f32x4.add
       (local.get $1)
       (v128.and
        (local.get $1)
        (local.get $2)
       )
      )
      (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
     )
    )
    (local.get $1)
   )
  )
  (v128.bitselect
   (local.get $0)
   (v128.bitselect
    (v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000)
    (v128.bitselect
     (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
     (f32x4.add
      (f32x4.add
       (local.get $1)
       (f32x4.sub
        (f32x4.add
         (f32x4.mul
          (f32x4.mul
           (f32x4.add
            (f32x4.mul
             (f32x4.add
              (f32x4.mul
               (f32x4.add
                (f32x4.mul
                 (f32x4.add
                  (f32x4.mul
                   (f32x4.add
                    (f32x4.mul
                     (f32x4.add
                      (f32x4.mul
                       (f32x4.add
                        (f32x4.mul
                         (f32x4.add
                          (f32x4.mul
                           (v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb)
                           (local.get $1)
                          )
                          (v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8)
                         )
                         (local.get $1)
                        )
                        (v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a)
                       )
                       (local.get $1)
                      )
                      (v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f)
                     )
                     (local.get $1)
                    )
                    (v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf)
                   )
                   (local.get $1)
                  )
                  (v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50)
                 )
                 (local.get $1)
                )
                (v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac)
               )
               (local.get $1)
              )
              (v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc)
             )
             (local.get $1)
            )
            (v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa)
           )
           (local.get $1)
          )
          (local.get $3)
         )
         (f32x4.mul
          (local.tee $1
           (f32x4.convert_i32x4_s
            (i32x4.add
             (i32x4.sub
              (i32x4.sub
               (i32x4.shr_u
                (local.get $5)
                (i32.const 23)
               )
               (v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e)
              )
              (v128.and
               (local.get $4)
               (v128.const i32x4 0x00000017 0x00000017 0x00000017 0x00000017)
              )
             )
             (local.get $2)
            )
           )
          )
          (v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083)
         )
        )
        (f32x4.mul
         (local.get $3)
         (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
        )
       )
      )
      (f32x4.mul
       (local.get $1)
       (v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000)
      )
     )
     (f32x4.eq
      (local.get $0)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
    (f32x4.lt
     (local.get $0)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
   )
   (v128.or
    (f32x4.eq
     (local.get $0)
     (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
    )
    (f32x4.ne
     (local.get $0)
     (local.get $0)
    )
   )
  )
 )
 (func $k0_conv1_conv2d_add_compare_where
  (local $0 v128)
  (local $1 i32)
  (local $2 i32)
  (local $3 v128)
  (local $4 v128)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (memory.fill
   (i32.const 1953152)
   (i32.const 0)
   (i32.const 262144)
  )
  (loop $for1
   (local.set $2
    (i32.const 0)
   )
   (loop $for0
    (memory.copy
     (i32.add
      (i32.shl
       (i32.add
        (i32.shl
         (local.get $1)
         (i32.const 5)
        )
        (local.get $2)
       )
       (i32.const 7)
      )
      (i32.const 1953416)
     )
     (i32.add
      (i32.mul
       (i32.add
        (i32.mul
         (local.get $1)
         (i32.const 28)
        )
        (local.get $2)
       )
       (i32.const 112)
      )
      (i32.const 246896)
     )
     (i32.const 112)
    )
    (br_if $for0
     (i32.lt_s
      (local.tee $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (i32.const 28)
     )
    )
   )
   (br_if $for1
    (i32.lt_s
     (local.tee $1
      (i32.add
       (local.get $1)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
  (loop $for6
   (local.set $6
    (i32.const 0)
   )
   (loop $for5
    (local.set $19
     (i32.shl
      (i32.add
       (i32.shl
        (local.get $5)
        (i32.const 5)
       )
       (local.get $6)
      )
      (i32.const 7)
     )
    )
    (local.set $20
     (i32.mul
      (i32.add
       (i32.mul
        (local.get $5)
        (i32.const 28)
       )
       (local.get $6)
      )
      (i32.const 28)
     )
    )
    (local.set $7
     (i32.const 0)
    )
    (loop $for4
     (local.set $0
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $9
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $10
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $11
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $12
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $13
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $14
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $15
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $2
      (i32.add
       (local.get $19)
       (i32.shl
        (local.get $7)
        (i32.const 2)
       )
      )
     )
     (local.set $8
      (i32.const 0)
     )
     (local.set $17
      (i32.const 0)
     )
     (loop $for3
      (local.set $1
       (local.get $2)
      )
      (local.set $18
       (i32.const 0)
      )
      (loop $for2
       (local.set $0
        (f32x4.add
         (local.get $0)
         (f32x4.mul
          (local.tee $3
           (v128.load32_splat offset=1953152
            (local.get $1)
           )
          )
          (local.tee $16
           (v128.load align=4
            (local.get $8)
           )
          )
         )
        )
       )
       (local.set $9
        (f32x4.add
         (local.get $9)
         (f32x4.mul
          (local.get $3)
          (local.tee $3
           (v128.load offset=16 align=4
            (local.get $8)
           )
          )
         )
        )
       )
       (local.set $10
        (f32x4.add
         (local.get $10)
         (f32x4.mul
          (local.tee $4
           (v128.load32_splat offset=1953156
            (local.get $1)
           )
          )
          (local.get $16)
         )
        )
       )
       (local.set $11
        (f32x4.add
         (local.get $11)
         (f32x4.mul
          (local.get $4)
          (local.get $3)
         )
        )
       )
       (local.set $12
        (f32x4.add
         (local.get $12)
         (f32x4.mul
          (local.tee $4
           (v128.load32_splat offset=1953160
            (local.get $1)
           )
          )
          (local.get $16)
         )
        )
       )
       (local.set $13
        (f32x4.add
         (local.get $13)
         (f32x4.mul
          (local.get $4)
          (local.get $3)
         )
        )
       )
       (local.set $14
        (f32x4.add
         (local.get $14)
         (f32x4.mul
          (local.tee $4
           (v128.load32_splat offset=1953164
            (local.get $1)
           )
          )
          (local.get $16)
         )
        )
       )
       (local.set $15
        (f32x4.add
         (local.get $15)
         (f32x4.mul
          (local.get $4)
          (local.get $3)
         )
        )
       )
       (local.set $8
        (i32.add
         (local.get $8)
         (i32.const 24)
        )
       )
       (local.set $1
        (i32.add
         (local.get $1)
         (i32.const 4)
        )
       )
       (br_if $for2
        (i32.lt_s
         (local.tee $18
          (i32.add
           (local.get $18)
           (i32.const 1)
          )
         )
         (i32.const 5)
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 128)
       )
      )
      (br_if $for3
       (i32.lt_s
        (local.tee $17
         (i32.add
          (local.get $17)
          (i32.const 1)
         )
        )
        (i32.const 5)
       )
      )
     )
     (v128.store offset=447856 align=4
      (local.tee $2
       (i32.mul
        (local.tee $1
         (i32.add
          (local.get $7)
          (local.get $20)
         )
        )
        (i32.const 24)
       )
      )
      (v128.bitselect
       (local.tee $0
        (f32x4.add
         (local.get $0)
         (v128.load align=4
          (i32.const 608)
         )
        )
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
     (v128.store64_lane offset=447872 align=4 0
      (local.get $2)
      (v128.bitselect
       (local.tee $0
        (f32x4.add
         (local.get $9)
         (v128.load align=4
          (i32.const 624)
         )
        )
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
     (v128.store offset=447856 align=4
      (local.tee $2
       (i32.mul
        (i32.add
         (local.get $1)
         (i32.const 1)
        )
        (i32.const 24)
       )
      )
      (v128.bitselect
       (local.tee $0
        (f32x4.add
         (local.get $10)
         (v128.load align=4
          (i32.const 608)
         )
        )
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
     (v128.store64_lane offset=447872 align=4 0
      (local.get $2)
      (v128.bitselect
       (local.tee $0
        (f32x4.add
         (local.get $11)
         (v128.load align=4
          (i32.const 624)
         )
        )
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
     (v128.store offset=447856 align=4
      (local.tee $2
       (i32.mul
        (i32.add
         (local.get $1)
         (i32.const 2)
        )
        (i32.const 24)
       )
      )
      (v128.bitselect
       (local.tee $0
        (f32x4.add
         (local.get $12)
         (v128.load align=4
          (i32.const 608)
         )
        )
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
     (v128.store64_lane offset=447872 align=4 0
      (local.get $2)
      (v128.bitselect
       (local.tee $0
        (f32x4.add
         (local.get $13)
         (v128.load align=4
          (i32.const 624)
         )
        )
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
     (v128.store offset=447856 align=4
      (local.tee $1
       (i32.mul
        (i32.add
         (local.get $1)
         (i32.const 3)
        )
        (i32.const 24)
       )
      )
      (v128.bitselect
       (local.tee $0
        (f32x4.add
         (local.get $14)
         (v128.load align=4
          (i32.const 608)
         )
        )
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
     (v128.store64_lane offset=447872 align=4 0
      (local.get $1)
      (v128.bitselect
       (local.tee $0
        (f32x4.add
         (local.get $15)
         (v128.load align=4
          (i32.const 624)
         )
        )
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
     (br_if $for4
      (i32.lt_s
       (local.tee $7
        (i32.add
         (local.get $7)
         (i32.const 4)
        )
       )
       (i32.const 28)
      )
     )
    )
    (br_if $for5
     (i32.lt_s
      (local.tee $6
       (i32.add
        (local.get $6)
        (i32.const 1)
       )
      )
      (i32.const 28)
     )
    )
   )
   (br_if $for6
    (i32.lt_s
     (local.tee $5
      (i32.add
       (local.get $5)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
 )
 (func $k1_maxPool
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 v128)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (loop $for4
   (local.set $1
    (i32.const 0)
   )
   (loop $for3
    (local.set $2
     (i32.const 0)
    )
    (loop $for2
     (local.set $6
      (i32.mul
       (i32.add
        (i32.mul
         (i32.add
          (i32.mul
           (local.get $0)
           (i32.const 14)
          )
          (local.get $1)
         )
         (i32.const 14)
        )
        (local.get $2)
       )
       (i32.const 6)
      )
     )
     (local.set $3
      (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
     )
     (local.set $4
      (i32.const 0)
     )
     (loop $for1
      (if
       (i32.lt_u
        (local.tee $7
         (i32.add
          (i32.shl
           (local.get $1)
           (i32.const 1)
          )
          (local.get $4)
         )
        )
        (i32.const 28)
       )
       (then
        (local.set $5
         (i32.const 0)
        )
        (loop $for0
         (if
          (i32.lt_u
           (local.tee $8
            (i32.add
             (i32.shl
              (local.get $2)
              (i32.const 1)
             )
             (local.get $5)
            )
           )
           (i32.const 28)
          )
          (then
           (local.set $3
            (f32x4.pmax
             (local.get $3)
             (v128.load offset=447856 align=4
              (i32.mul
               (i32.add
                (i32.mul
                 (i32.add
                  (i32.mul
                   (local.get $0)
                   (i32.const 28)
                  )
                  (local.get $7)
                 )
                 (i32.const 28)
                )
                (local.get $8)
               )
               (i32.const 24)
              )
             )
            )
           )
          )
         )
         (br_if $for0
          (i32.lt_s
           (local.tee $5
            (i32.add
             (local.get $5)
             (i32.const 1)
            )
           )
           (i32.const 2)
          )
         )
        )
       )
      )
      (br_if $for1
       (i32.lt_s
        (local.tee $4
         (i32.add
          (local.get $4)
          (i32.const 1)
         )
        )
        (i32.const 2)
       )
      )
     )
     (v128.store offset=1652080 align=4
      (i32.shl
       (local.get $6)
       (i32.const 2)
      )
      (local.get $3)
     )
     (br_if $for2
      (i32.lt_s
       (local.tee $2
        (i32.add
         (local.get $2)
         (i32.const 1)
        )
       )
       (i32.const 14)
      )
     )
    )
    (br_if $for3
     (i32.lt_s
      (local.tee $1
       (i32.add
        (local.get $1)
        (i32.const 1)
       )
      )
      (i32.const 14)
     )
    )
   )
   (br_if $for4
    (i32.lt_s
     (local.tee $0
      (i32.add
       (local.get $0)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
  (local.set $0
   (i32.const 0)
  )
  (loop $for9
   (local.set $1
    (i32.const 0)
   )
   (loop $for8
    (local.set $2
     (i32.const 0)
    )
    (loop $for7
     (local.set $6
      (i32.add
       (i32.mul
        (i32.add
         (i32.mul
          (i32.add
           (i32.mul
            (local.get $0)
            (i32.const 14)
           )
           (local.get $1)
          )
          (i32.const 14)
         )
         (local.get $2)
        )
        (i32.const 6)
       )
       (i32.const 4)
      )
     )
     (local.set $3
      (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
     )
     (local.set $4
      (i32.const 0)
     )
     (loop $for6
      (if
       (i32.lt_u
        (local.tee $7
         (i32.add
          (i32.shl
           (local.get $1)
           (i32.const 1)
          )
          (local.get $4)
         )
        )
        (i32.const 28)
       )
       (then
        (local.set $5
         (i32.const 0)
        )
        (loop $for5
         (if
          (i32.lt_u
           (local.tee $8
            (i32.add
             (i32.shl
              (local.get $2)
              (i32.const 1)
             )
             (local.get $5)
            )
           )
           (i32.const 28)
          )
          (then
           (local.set $3
            (f32x4.pmax
             (local.get $3)
             (v128.load offset=447856 align=4
              (i32.shl
               (i32.add
                (i32.mul
                 (i32.add
                  (i32.mul
                   (i32.add
                    (i32.mul
                     (local.get $0)
                     (i32.const 28)
                    )
                    (local.get $7)
                   )
                   (i32.const 28)
                  )
                  (local.get $8)
                 )
                 (i32.const 6)
                )
                (i32.const 4)
               )
               (i32.const 2)
              )
             )
            )
           )
          )
         )
         (br_if $for5
          (i32.lt_s
           (local.tee $5
            (i32.add
             (local.get $5)
             (i32.const 1)
            )
           )
           (i32.const 2)
          )
         )
        )
       )
      )
      (br_if $for6
       (i32.lt_s
        (local.tee $4
         (i32.add
          (local.get $4)
          (i32.const 1)
         )
        )
        (i32.const 2)
       )
      )
     )
     (v128.store64_lane offset=1652080 align=4 0
      (i32.shl
       (local.get $6)
       (i32.const 2)
      )
      (local.get $3)
     )
     (br_if $for7
      (i32.lt_s
       (local.tee $2
        (i32.add
         (local.get $2)
         (i32.const 1)
        )
       )
       (i32.const 14)
      )
     )
    )
    (br_if $for8
     (i32.lt_s
      (local.tee $1
       (i32.add
        (local.get $1)
        (i32.const 1)
       )
      )
      (i32.const 14)
     )
    )
   )
   (br_if $for9
    (i32.lt_s
     (local.tee $0
      (i32.add
       (local.get $0)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
 )
 (func $k2_conv2_conv2d_add_compare_where
  (local $0 v128)
  (local $1 i32)
  (local $2 v128)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (loop $for5
   (local.set $6
    (i32.const 0)
   )
   (loop $for4
    (local.set $19
     (i32.mul
      (i32.add
       (i32.mul
        (local.get $5)
        (i32.const 14)
       )
       (local.get $6)
      )
      (i32.const 336)
     )
    )
    (local.set $20
     (i32.mul
      (i32.add
       (i32.mul
        (local.get $5)
        (i32.const 10)
       )
       (local.get $6)
      )
      (i32.const 10)
     )
    )
    (local.set $7
     (i32.const 0)
    )
    (loop $for3
     (local.set $0
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $8
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $9
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $10
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $11
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $12
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $13
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $14
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $15
      (i32.add
       (local.get $19)
       (i32.mul
        (local.get $7)
        (i32.const 24)
       )
      )
     )
     (local.set $3
      (i32.const 0)
     )
     (local.set $16
      (i32.const 0)
     )
     (loop $for2
      (local.set $1
       (local.get $15)
      )
      (local.set $17
       (i32.const 0)
      )
      (loop $for1
       (local.set $4
        (local.get $1)
       )
       (local.set $18
        (i32.const 0)
       )
       (loop $for0
        (local.set $0
         (f32x4.add
          (local.get $0)
          (f32x4.mul
           (local.tee $2
            (v128.load32_splat offset=1652080
             (local.get $4)
            )
           )
           (local.tee $21
            (v128.load offset=640 align=4
             (local.get $3)
            )
           )
          )
         )
        )
        (local.set $8
         (f32x4.add
          (local.get $8)
          (f32x4.mul
           (local.get $2)
           (local.tee $22
            (v128.load offset=656 align=4
             (local.get $3)
            )
           )
          )
         )
        )
        (local.set $9
         (f32x4.add
          (local.get $9)
          (f32x4.mul
           (local.get $2)
           (local.tee $23
            (v128.load offset=672 align=4
             (local.get $3)
            )
           )
          )
         )
        )
        (local.set $10
         (f32x4.add
          (local.get $10)
          (f32x4.mul
           (local.get $2)
           (local.tee $24
            (v128.load offset=688 align=4
             (local.get $3)
            )
           )
          )
         )
        )
        (local.set $11
         (f32x4.add
          (local.get $11)
          (f32x4.mul
           (local.tee $2
            (v128.load32_splat offset=1652104
             (local.get $4)
            )
           )
           (local.get $21)
          )
         )
        )
        (local.set $12
         (f32x4.add
          (local.get $12)
          (f32x4.mul
           (local.get $2)
           (local.get $22)
          )
         )
        )
        (local.set $13
         (f32x4.add
          (local.get $13)
          (f32x4.mul
           (local.get $2)
           (local.get $23)
          )
         )
        )
        (local.set $14
         (f32x4.add
          (local.get $14)
          (f32x4.mul
           (local.get $2)
           (local.get $24)
          )
         )
        )
        (local.set $4
         (i32.add
          (local.get $4)
          (i32.const 4)
         )
        )
        (local.set $3
         (i32.sub
          (local.get $3)
          (i32.const -64)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.tee $18
           (i32.add
            (local.get $18)
            (i32.const 1)
           )
          )
          (i32.const 6)
         )
        )
       )
       (local.set $1
        (i32.add
         (local.get $1)
         (i32.const 24)
        )
       )
       (br_if $for1
        (i32.lt_s
         (local.tee $17
          (i32.add
           (local.get $17)
           (i32.const 1)
          )
         )
         (i32.const 5)
        )
       )
      )
      (local.set $15
       (i32.add
        (local.get $15)
        (i32.const 336)
       )
      )
      (br_if $for2
       (i32.lt_s
        (local.tee $16
         (i32.add
          (local.get $16)
          (i32.const 1)
         )
        )
        (i32.const 5)
       )
      )
     )
     (v128.store offset=447856 align=4
      (local.tee $1
       (i32.shl
        (local.tee $4
         (i32.add
          (local.get $7)
          (local.get $20)
         )
        )
        (i32.const 6)
       )
      )
      (v128.bitselect
       (local.tee $0
        (f32x4.add
         (local.get $0)
         (v128.load align=4
          (i32.const 10240)
         )
        )
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
     (v128.store offset=447872 align=4
      (local.get $1)
      (v128.bitselect
       (local.tee $0
        (f32x4.add
         (local.get $8)
         (v128.load align=4
          (i32.const 10256)
         )
        )
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
     (v128.store offset=447888 align=4
      (local.get $1)
      (v128.bitselect
       (local.tee $0
        (f32x4.add
         (local.get $9)
         (v128.load align=4
          (i32.const 10272)
         )
        )
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
     (v128.store offset=447904 align=4
      (local.get $1)
      (v128.bitselect
       (local.tee $0
        (f32x4.add
         (local.get $10)
         (v128.load align=4
          (i32.const 10288)
         )
        )
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
     (v128.store offset=447856 align=4
      (local.tee $1
       (i32.shl
        (i32.add
         (local.get $4)
         (i32.const 1)
        )
        (i32.const 6)
       )
      )
      (v128.bitselect
       (local.tee $0
        (f32x4.add
         (local.get $11)
         (v128.load align=4
          (i32.const 10240)
         )
        )
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
     (v128.store offset=447872 align=4
      (local.get $1)
      (v128.bitselect
       (local.tee $0
        (f32x4.add
         (local.get $12)
         (v128.load align=4
          (i32.const 10256)
         )
        )
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
     (v128.store offset=447888 align=4
      (local.get $1)
      (v128.bitselect
       (local.tee $0
        (f32x4.add
         (local.get $13)
         (v128.load align=4
          (i32.const 10272)
         )
        )
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
     (v128.store offset=447904 align=4
      (local.get $1)
      (v128.bitselect
       (local.tee $0
        (f32x4.add
         (local.get $14)
         (v128.load align=4
          (i32.const 10288)
         )
        )
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       (f32x4.ne
        (v128.and
         (f32x4.gt
          (local.get $0)
          (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
         )
         (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
      )
     )
     (br_if $for3
      (i32.lt_s
       (local.tee $7
        (i32.add
         (local.get $7)
         (i32.const 2)
        )
       )
       (i32.const 10)
      )
     )
    )
    (br_if $for4
     (i32.lt_s
      (local.tee $6
       (i32.add
        (local.get $6)
        (i32.const 1)
       )
      )
      (i32.const 10)
     )
    )
   )
   (br_if $for5
    (i32.lt_s
     (local.tee $5
      (i32.add
       (local.get $5)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
 )
 (func $k3_maxPool
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 v128)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (loop $for5
   (local.set $1
    (i32.const 0)
   )
   (loop $for4
    (local.set $2
     (i32.const 0)
    )
    (loop $for3
     (local.set $3
      (i32.const 0)
     )
     (loop $for2
      (local.set $7
       (i32.add
        (i32.shl
         (i32.add
          (i32.mul
           (i32.add
            (i32.mul
             (local.get $0)
             (i32.const 5)
            )
            (local.get $1)
           )
           (i32.const 5)
          )
          (local.get $2)
         )
         (i32.const 4)
        )
        (local.get $3)
       )
      )
      (local.set $4
       (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
      )
      (local.set $5
       (i32.const 0)
      )
      (loop $for1
       (if
        (i32.lt_u
         (local.tee $8
          (i32.add
           (i32.shl
            (local.get $1)
            (i32.const 1)
           )
           (local.get $5)
          )
         )
         (i32.const 10)
        )
        (then
         (local.set $6
          (i32.const 0)
         )
         (loop $for0
          (if
           (i32.lt_u
            (local.tee $9
             (i32.add
              (i32.shl
               (local.get $2)
               (i32.const 1)
              )
              (local.get $6)
             )
            )
            (i32.const 10)
           )
           (then
            (local.set $4
             (f32x4.pmax
              (local.get $4)
              (v128.load offset=447856 align=4
               (i32.shl
                (i32.add
                 (i32.shl
                  (i32.add
                   (i32.mul
                    (i32.add
                     (i32.mul
                      (local.get $0)
                      (i32.const 10)
                     )
                     (local.get $8)
                    )
                    (i32.const 10)
                   )
                   (local.get $9)
                  )
                  (i32.const 4)
                 )
                 (local.get $3)
                )
                (i32.const 2)
               )
              )
             )
            )
           )
          )
          (br_if $for0
           (i32.lt_s
            (local.tee $6
             (i32.add
              (local.get $6)
              (i32.const 1)
             )
            )
            (i32.const 2)
           )
          )
         )
        )
       )
       (br_if $for1
        (i32.lt_s
         (local.tee $5
          (i32.add
           (local.get $5)
           (i32.const 1)
          )
         )
         (i32.const 2)
        )
       )
      )
      (v128.store offset=246896 align=4
       (i32.shl
        (local.get $7)
        (i32.const 2)
       )
       (local.get $4)
      )
      (br_if $for2
       (i32.lt_s
        (local.tee $3
         (i32.add
          (local.get $3)
          (i32.const 4)
         )
        )
        (i32.const 16)
       )
      )
     )
     (br_if $for3
      (i32.lt_s
       (local.tee $2
        (i32.add
         (local.get $2)
         (i32.const 1)
        )
       )
       (i32.const 5)
      )
     )
    )
    (br_if $for4
     (i32.lt_s
      (local.tee $1
       (i32.add
        (local.get $1)
        (i32.const 1)
       )
      )
      (i32.const 5)
     )
    )
   )
   (br_if $for5
    (i32.lt_s
     (local.tee $0
      (i32.add
       (local.get $0)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
 )
 (func $k5_fc1_matmul_add_compare_where_gemm
  (local $0 v128)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 v128)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local.set $16
   (i32.const 15)
  )
  (loop $panel0
   (local.set $6
    (i32.const 0)
   )
   (local.set $17
    (i32.const 16)
   )
   (loop $rows1
    (local.set $1
     (i32.mul
      (local.get $6)
      (i32.const 1600)
     )
    )
    (local.set $0
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $8
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $9
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $10
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $11
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $12
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $13
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $14
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $18
     (i32.add
      (local.tee $2
       (local.get $7)
      )
      (i32.const 192000)
     )
    )
    (loop $k2
     (local.set $0
      (f32x4.add
       (local.get $0)
       (f32x4.mul
        (local.tee $4
         (v128.load32_splat offset=246896
          (local.get $1)
         )
        )
        (local.tee $15
         (v128.load offset=10304 align=4
          (local.get $2)
         )
        )
       )
      )
     )
     (local.set $8
      (f32x4.add
       (local.get $8)
       (f32x4.mul
        (local.get $4)
        (local.tee $4
         (v128.load offset=10320 align=4
          (local.get $2)
         )
        )
       )
      )
     )
     (local.set $9
      (f32x4.add
       (local.get $9)
       (f32x4.mul
        (local.tee $5
         (v128.load32_splat offset=248496
          (local.get $1)
         )
        )
        (local.get $15)
       )
      )
     )
     (local.set $10
      (f32x4.add
       (local.get $10)
       (f32x4.mul
        (local.get $5)
        (local.get $4)
       )
      )
     )
     (local.set $11
      (f32x4.add
       (local.get $11)
       (f32x4.mul
        (local.tee $5
         (v128.load32_splat offset=250096
          (local.get $1)
         )
        )
        (local.get $15)
       )
      )
     )
     (local.set $12
      (f32x4.add
       (local.get $12)
       (f32x4.mul
        (local.get $5)
        (local.get $4)
       )
      )
     )
     (local.set $13
      (f32x4.add
       (local.get $13)
       (f32x4.mul
        (local.tee $5
         (v128.load32_splat offset=251696
          (local.get $1)
         )
        )
        (local.get $15)
       )
      )
     )
     (local.set $14
      (f32x4.add
       (local.get $14)
       (f32x4.mul
        (local.get $5)
        (local.get $4)
       )
      )
     )
     (local.set $1
      (i32.add
       (local.get $1)
       (i32.const 4)
      )
     )
     (br_if $k2
      (i32.ne
       (local.get $18)
       (local.tee $2
        (i32.add
         (local.get $2)
         (i32.const 480)
        )
       )
      )
     )
    )
    (v128.store offset=349296 align=4
     (local.tee $2
      (i32.add
       (local.tee $1
        (i32.shl
         (local.get $3)
         (i32.const 2)
        )
       )
       (i32.mul
        (local.get $6)
        (i32.const 480)
       )
      )
     )
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $0)
        (v128.load offset=202304 align=4
         (local.get $1)
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=349312 align=4
     (local.get $2)
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $8)
        (v128.load offset=202304 align=4
         (i32.shl
          (local.tee $1
           (i32.add
            (local.get $3)
            (i32.const 4)
           )
          )
          (i32.const 2)
         )
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=349776 align=4
     (local.get $2)
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $9)
        (v128.load offset=202304 align=4
         (i32.shl
          (local.get $3)
          (i32.const 2)
         )
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=349792 align=4
     (local.get $2)
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $10)
        (v128.load offset=202304 align=4
         (i32.shl
          (local.get $1)
          (i32.const 2)
         )
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=350256 align=4
     (local.get $2)
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $11)
        (v128.load offset=202304 align=4
         (i32.shl
          (local.get $3)
          (i32.const 2)
         )
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=350272 align=4
     (local.get $2)
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $12)
        (v128.load offset=202304 align=4
         (i32.shl
          (local.get $1)
          (i32.const 2)
         )
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=350736 align=4
     (local.get $2)
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $13)
        (v128.load offset=202304 align=4
         (i32.shl
          (local.get $3)
          (i32.const 2)
         )
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=350752 align=4
     (local.get $2)
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $14)
        (v128.load offset=202304 align=4
         (i32.shl
          (local.get $1)
          (i32.const 2)
         )
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (local.set $6
     (i32.add
      (local.get $6)
      (i32.const 4)
     )
    )
    (br_if $rows1
     (local.tee $17
      (i32.sub
       (local.get $17)
       (i32.const 1)
      )
     )
    )
   )
   (local.set $3
    (i32.add
     (local.get $3)
     (i32.const 8)
    )
   )
   (local.set $7
    (i32.add
     (local.get $7)
     (i32.const 32)
    )
   )
   (br_if $panel0
    (local.tee $16
     (i32.sub
      (local.get $16)
      (i32.const 1)
     )
    )
   )
  )
 )
 (func $k6_fc2_matmul_add_compare_where_gemm
  (local $0 v128)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 i32)
  (local $13 i32)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 i32)
  (local.set $9
   (i32.const 10)
  )
  (loop $panel0
   (local.set $4
    (i32.const 0)
   )
   (local.set $13
    (i32.const 16)
   )
   (loop $rows1
    (local.set $1
     (i32.mul
      (local.get $4)
      (i32.const 480)
     )
    )
    (local.set $0
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $5
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $6
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $14
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $7
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $15
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $8
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $16
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $18
     (i32.add
      (local.tee $2
       (local.get $12)
      )
      (i32.const 40320)
     )
    )
    (loop $k2
     (local.set $0
      (f32x4.add
       (local.get $0)
       (f32x4.mul
        (local.tee $10
         (v128.load32_splat offset=349296
          (local.get $1)
         )
        )
        (local.tee $17
         (v128.load offset=202784 align=4
          (local.get $2)
         )
        )
       )
      )
     )
     (local.set $5
      (f32x4.add
       (local.get $5)
       (f32x4.mul
        (local.get $10)
        (local.tee $10
         (v128.load offset=202800 align=4
          (local.get $2)
         )
        )
       )
      )
     )
     (local.set $6
      (f32x4.add
       (local.get $6)
       (f32x4.mul
        (local.tee $11
         (v128.load32_splat offset=349776
          (local.get $1)
         )
        )
        (local.get $17)
       )
      )
     )
     (local.set $14
      (f32x4.add
       (local.get $14)
       (f32x4.mul
        (local.get $11)
        (local.get $10)
       )
      )
     )
     (local.set $7
      (f32x4.add
       (local.get $7)
       (f32x4.mul
        (local.tee $11
         (v128.load32_splat offset=350256
          (local.get $1)
         )
        )
        (local.get $17)
       )
      )
     )
     (local.set $15
      (f32x4.add
       (local.get $15)
       (f32x4.mul
        (local.get $11)
        (local.get $10)
       )
      )
     )
     (local.set $8
      (f32x4.add
       (local.get $8)
       (f32x4.mul
        (local.tee $11
         (v128.load32_splat offset=350736
          (local.get $1)
         )
        )
        (local.get $17)
       )
      )
     )
     (local.set $16
      (f32x4.add
       (local.get $16)
       (f32x4.mul
        (local.get $11)
        (local.get $10)
       )
      )
     )
     (local.set $1
      (i32.add
       (local.get $1)
       (i32.const 4)
      )
     )
     (br_if $k2
      (i32.ne
       (local.get $18)
       (local.tee $2
        (i32.add
         (local.get $2)
         (i32.const 336)
        )
       )
      )
     )
    )
    (v128.store offset=246896 align=4
     (local.tee $2
      (i32.add
       (local.tee $1
        (i32.shl
         (local.get $3)
         (i32.const 2)
        )
       )
       (i32.mul
        (local.get $4)
        (i32.const 336)
       )
      )
     )
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $0)
        (v128.load offset=243104 align=4
         (local.get $1)
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=246912 align=4
     (local.get $2)
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $5)
        (v128.load offset=243104 align=4
         (i32.shl
          (local.tee $1
           (i32.add
            (local.get $3)
            (i32.const 4)
           )
          )
          (i32.const 2)
         )
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=247232 align=4
     (local.get $2)
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $6)
        (v128.load offset=243104 align=4
         (i32.shl
          (local.get $3)
          (i32.const 2)
         )
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=247248 align=4
     (local.get $2)
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $14)
        (v128.load offset=243104 align=4
         (i32.shl
          (local.get $1)
          (i32.const 2)
         )
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=247568 align=4
     (local.get $2)
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $7)
        (v128.load offset=243104 align=4
         (i32.shl
          (local.get $3)
          (i32.const 2)
         )
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=247584 align=4
     (local.get $2)
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $15)
        (v128.load offset=243104 align=4
         (i32.shl
          (local.get $1)
          (i32.const 2)
         )
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=247904 align=4
     (local.get $2)
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $8)
        (v128.load offset=243104 align=4
         (i32.shl
          (local.get $3)
          (i32.const 2)
         )
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=247920 align=4
     (local.get $2)
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $16)
        (v128.load offset=243104 align=4
         (i32.shl
          (local.get $1)
          (i32.const 2)
         )
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (local.set $4
     (i32.add
      (local.get $4)
      (i32.const 4)
     )
    )
    (br_if $rows1
     (local.tee $13
      (i32.sub
       (local.get $13)
       (i32.const 1)
      )
     )
    )
   )
   (local.set $3
    (i32.add
     (local.get $3)
     (i32.const 8)
    )
   )
   (local.set $12
    (i32.add
     (local.get $12)
     (i32.const 32)
    )
   )
   (br_if $panel0
    (local.tee $9
     (i32.sub
      (local.get $9)
      (i32.const 1)
     )
    )
   )
  )
  (local.set $4
   (i32.const 0)
  )
  (local.set $9
   (i32.const 16)
  )
  (loop $rows3
   (local.set $1
    (i32.mul
     (local.get $4)
     (i32.const 480)
    )
   )
   (local.set $0
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $6
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $8
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $13
    (i32.add
     (local.tee $2
      (local.get $12)
     )
     (i32.const 40320)
    )
   )
   (loop $k4
    (local.set $0
     (f32x4.add
      (local.get $0)
      (f32x4.mul
       (v128.load32_splat offset=349296
        (local.get $1)
       )
       (local.tee $5
        (v128.load offset=202784 align=4
         (local.get $2)
        )
       )
      )
     )
    )
    (local.set $6
     (f32x4.add
      (local.get $6)
      (f32x4.mul
       (v128.load32_splat offset=349776
        (local.get $1)
       )
       (local.get $5)
      )
     )
    )
    (local.set $7
     (f32x4.add
      (local.get $7)
      (f32x4.mul
       (v128.load32_splat offset=350256
        (local.get $1)
       )
       (local.get $5)
      )
     )
    )
    (local.set $8
     (f32x4.add
      (local.get $8)
      (f32x4.mul
       (v128.load32_splat offset=350736
        (local.get $1)
       )
       (local.get $5)
      )
     )
    )
    (local.set $1
     (i32.add
      (local.get $1)
      (i32.const 4)
     )
    )
    (br_if $k4
     (i32.ne
      (local.get $13)
      (local.tee $2
       (i32.add
        (local.get $2)
        (i32.const 336)
       )
      )
     )
    )
   )
   (v128.store offset=246896 align=4
    (local.tee $2
     (i32.add
      (local.tee $1
       (i32.shl
        (local.get $3)
        (i32.const 2)
       )
      )
      (i32.mul
       (local.get $4)
       (i32.const 336)
      )
     )
    )
    (v128.bitselect
     (local.tee $0
      (f32x4.add
       (local.get $0)
       (v128.load offset=243104 align=4
        (local.get $1)
       )
      )
     )
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     (f32x4.ne
      (v128.and
       (f32x4.gt
        (local.get $0)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
   )
   (v128.store offset=247232 align=4
    (local.get $2)
    (v128.bitselect
     (local.tee $0
      (f32x4.add
       (local.get $6)
       (v128.load offset=243104 align=4
        (i32.shl
         (local.get $3)
         (i32.const 2)
        )
       )
      )
     )
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     (f32x4.ne
      (v128.and
       (f32x4.gt
        (local.get $0)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
   )
   (v128.store offset=247568 align=4
    (local.get $2)
    (v128.bitselect
     (local.tee $0
      (f32x4.add
       (local.get $7)
       (v128.load offset=243104 align=4
        (i32.shl
         (local.get $3)
         (i32.const 2)
        )
       )
      )
     )
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     (f32x4.ne
      (v128.and
       (f32x4.gt
        (local.get $0)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
   )
   (v128.store offset=247904 align=4
    (local.get $2)
    (v128.bitselect
     (local.tee $0
      (f32x4.add
       (local.get $8)
       (v128.load offset=243104 align=4
        (i32.shl
         (local.get $3)
         (i32.const 2)
        )
       )
      )
     )
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     (f32x4.ne
      (v128.and
       (f32x4.gt
        (local.get $0)
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
   )
   (local.set $4
    (i32.add
     (local.get $4)
     (i32.const 4)
    )
   )
   (br_if $rows3
    (local.tee $9
     (i32.sub
      (local.get $9)
      (i32.const 1)
     )
    )
   )
  )
 )
 (func $k7_fc3_matmul_add_gemm
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 i32)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local.set $8
   (i32.const 16)
  )
  (loop $rows1
   (local.set $0
    (i32.mul
     (local.get $1)
     (i32.const 336)
    )
   )
   (local.set $2
    (i32.const 0)
   )
   (local.set $3
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $4
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $5
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $11
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $6
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $12
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $13
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (loop $k2
    (local.set $3
     (f32x4.add
      (local.get $3)
      (f32x4.mul
       (local.tee $9
        (v128.load32_splat offset=246896
         (local.get $0)
        )
       )
       (local.tee $14
        (v128.load offset=243440 align=4
         (local.get $2)
        )
       )
      )
     )
    )
    (local.set $4
     (f32x4.add
      (local.get $4)
      (f32x4.mul
       (local.get $9)
       (local.tee $9
        (v128.load offset=243456 align=4
         (local.get $2)
        )
       )
      )
     )
    )
    (local.set $5
     (f32x4.add
      (local.get $5)
      (f32x4.mul
       (local.tee $10
        (v128.load32_splat offset=247232
         (local.get $0)
        )
       )
       (local.get $14)
      )
     )
    )
    (local.set $11
     (f32x4.add
      (local.get $11)
      (f32x4.mul
       (local.get $10)
       (local.get $9)
      )
     )
    )
    (local.set $6
     (f32x4.add
      (local.get $6)
      (f32x4.mul
       (local.tee $10
        (v128.load32_splat offset=247568
         (local.get $0)
        )
       )
       (local.get $14)
      )
     )
    )
    (local.set $12
     (f32x4.add
      (local.get $12)
      (f32x4.mul
       (local.get $10)
       (local.get $9)
      )
     )
    )
    (local.set $7
     (f32x4.add
      (local.get $7)
      (f32x4.mul
       (local.tee $10
        (v128.load32_splat offset=247904
         (local.get $0)
        )
       )
       (local.get $14)
      )
     )
    )
    (local.set $13
     (f32x4.add
      (local.get $13)
      (f32x4.mul
       (local.get $10)
       (local.get $9)
      )
     )
    )
    (local.set $0
     (i32.add
      (local.get $0)
      (i32.const 4)
     )
    )
    (br_if $k2
     (i32.ne
      (local.tee $2
       (i32.add
        (local.get $2)
        (i32.const 40)
       )
      )
      (i32.const 3360)
     )
    )
   )
   (v128.store offset=268400 align=4
    (local.tee $0
     (i32.mul
      (local.get $1)
      (i32.const 40)
     )
    )
    (f32x4.add
     (local.get $3)
     (v128.load align=4
      (i32.const 246800)
     )
    )
   )
   (v128.store offset=268416 align=4
    (local.get $0)
    (f32x4.add
     (local.get $4)
     (v128.load align=4
      (i32.const 246816)
     )
    )
   )
   (v128.store offset=268440 align=4
    (local.get $0)
    (f32x4.add
     (local.get $5)
     (v128.load align=4
      (i32.const 246800)
     )
    )
   )
   (v128.store offset=268456 align=4
    (local.get $0)
    (f32x4.add
     (local.get $11)
     (v128.load align=4
      (i32.const 246816)
     )
    )
   )
   (v128.store offset=268480 align=4
    (local.get $0)
    (f32x4.add
     (local.get $6)
     (v128.load align=4
      (i32.const 246800)
     )
    )
   )
   (v128.store offset=268496 align=4
    (local.get $0)
    (f32x4.add
     (local.get $12)
     (v128.load align=4
      (i32.const 246816)
     )
    )
   )
   (v128.store offset=268520 align=4
    (local.get $0)
    (f32x4.add
     (local.get $7)
     (v128.load align=4
      (i32.const 246800)
     )
    )
   )
   (v128.store offset=268536 align=4
    (local.get $0)
    (f32x4.add
     (local.get $13)
     (v128.load align=4
      (i32.const 246816)
     )
    )
   )
   (local.set $1
    (i32.add
     (local.get $1)
     (i32.const 4)
    )
   )
   (br_if $rows1
    (local.tee $8
     (i32.sub
      (local.get $8)
      (i32.const 1)
     )
    )
   )
  )
  (local.set $1
   (i32.const 0)
  )
  (local.set $8
   (i32.const 16)
  )
  (loop $rows3
   (local.set $0
    (i32.mul
     (local.get $1)
     (i32.const 336)
    )
   )
   (local.set $2
    (i32.const 32)
   )
   (local.set $3
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $5
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $6
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (loop $k4
    (local.set $3
     (f32x4.add
      (local.get $3)
      (f32x4.mul
       (v128.load32_splat offset=246896
        (local.get $0)
       )
       (local.tee $4
        (v128.load64_zero offset=243440 align=4
         (local.get $2)
        )
       )
      )
     )
    )
    (local.set $5
     (f32x4.add
      (local.get $5)
      (f32x4.mul
       (v128.load32_splat offset=247232
        (local.get $0)
       )
       (local.get $4)
      )
     )
    )
    (local.set $6
     (f32x4.add
      (local.get $6)
      (f32x4.mul
       (v128.load32_splat offset=247568
        (local.get $0)
       )
       (local.get $4)
      )
     )
    )
    (local.set $7
     (f32x4.add
      (local.get $7)
      (f32x4.mul
       (v128.load32_splat offset=247904
        (local.get $0)
       )
       (local.get $4)
      )
     )
    )
    (local.set $0
     (i32.add
      (local.get $0)
      (i32.const 4)
     )
    )
    (br_if $k4
     (i32.ne
      (local.tee $2
       (i32.add
        (local.get $2)
        (i32.const 40)
       )
      )
      (i32.const 3392)
     )
    )
   )
   (v128.store64_lane offset=268400 align=4 0
    (local.tee $0
     (i32.add
      (i32.mul
       (local.get $1)
       (i32.const 40)
      )
      (i32.const 32)
     )
    )
    (f32x4.add
     (local.get $3)
     (v128.load align=4
      (i32.const 246832)
     )
    )
   )
   (v128.store64_lane offset=268440 align=4 0
    (local.get $0)
    (f32x4.add
     (local.get $5)
     (v128.load align=4
      (i32.const 246832)
     )
    )
   )
   (v128.store64_lane offset=268480 align=4 0
    (local.get $0)
    (f32x4.add
     (local.get $6)
     (v128.load align=4
      (i32.const 246832)
     )
    )
   )
   (v128.store64_lane offset=268520 align=4 0
    (local.get $0)
    (f32x4.add
     (local.get $7)
     (v128.load align=4
      (i32.const 246832)
     )
    )
   )
   (local.set $1
    (i32.add
     (local.get $1)
     (i32.const 4)
    )
   )
   (br_if $rows3
    (local.tee $8
     (i32.sub
      (local.get $8)
      (i32.const 1)
     )
    )
   )
  )
 )
 (func $k8_reduceMax_stopGradient
  (local $0 v128)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (loop $for1
   (local.set $0
    (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
   )
   (local.set $2
    (i32.const 0)
   )
   (loop $for0
    (local.set $0
     (f32x4.max
      (local.get $0)
      (v128.load offset=268400 align=4
       (i32.shl
        (i32.add
         (local.tee $3
          (i32.mul
           (local.get $1)
           (i32.const 10)
          )
         )
         (local.get $2)
        )
        (i32.const 2)
       )
      )
     )
    )
    (br_if $for0
     (i32.lt_s
      (local.tee $2
       (i32.add
        (local.get $2)
        (i32.const 4)
       )
      )
      (i32.const 8)
     )
    )
   )
   (f32.store offset=246896
    (i32.shl
     (local.get $1)
     (i32.const 2)
    )
    (f32.max
     (f32.load offset=268400
      (i32.shl
       (i32.add
        (local.get $3)
        (i32.const 9)
       )
       (i32.const 2)
      )
     )
     (f32.max
      (f32.load offset=268400
       (i32.shl
        (i32.add
         (local.get $3)
         (i32.const 8)
        )
        (i32.const 2)
       )
      )
      (f32.max
       (f32.max
        (f32x4.extract_lane 0
         (local.get $0)
        )
        (f32x4.extract_lane 1
         (local.get $0)
        )
       )
       (f32.max
        (f32x4.extract_lane 2
         (local.get $0)
        )
        (f32x4.extract_lane 3
         (local.get $0)
        )
       )
      )
     )
    )
   )
   (br_if $for1
    (i32.lt_s
     (local.tee $1
      (i32.add
       (local.get $1)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
 )
 (func $k9_sub_exp_reduceSum
  (local $0 v128)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (loop $for1
   (local.set $0
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $2
    (i32.const 0)
   )
   (loop $for0
    (local.set $0
     (f32x4.add
      (local.get $0)
      (call $gf_exp_f32x4
       (f32x4.sub
        (v128.load offset=268400 align=4
         (i32.shl
          (i32.add
           (local.tee $3
            (i32.mul
             (local.get $1)
             (i32.const 10)
            )
           )
           (local.get $2)
          )
          (i32.const 2)
         )
        )
        (v128.load32_splat offset=246896
         (local.tee $4
          (i32.shl
           (local.get $1)
           (i32.const 2)
          )
         )
        )
       )
      )
     )
    )
    (br_if $for0
     (i32.lt_s
      (local.tee $2
       (i32.add
        (local.get $2)
        (i32.const 4)
       )
      )
      (i32.const 8)
     )
    )
   )
   (f32.store offset=247152
    (local.get $4)
    (f32.add
     (f32.add
      (f32.add
       (f32.add
        (f32x4.extract_lane 0
         (local.get $0)
        )
        (f32x4.extract_lane 1
         (local.get $0)
        )
       )
       (f32.add
        (f32x4.extract_lane 2
         (local.get $0)
        )
        (f32x4.extract_lane 3
         (local.get $0)
        )
       )
      )
      (f32x4.extract_lane 0
       (call $gf_exp_f32x4
        (f32x4.splat
         (f32.sub
          (f32.load offset=268400
           (i32.shl
            (i32.add
             (local.get $3)
             (i32.const 8)
            )
            (i32.const 2)
           )
          )
          (f32.load offset=246896
           (local.get $4)
          )
         )
        )
       )
      )
     )
     (f32x4.extract_lane 0
      (call $gf_exp_f32x4
       (f32x4.splat
        (f32.sub
         (f32.load offset=268400
          (i32.shl
           (i32.add
            (local.get $3)
            (i32.const 9)
           )
           (i32.const 2)
          )
         )
         (f32.load offset=246896
          (i32.shl
           (local.get $1)
           (i32.const 2)
          )
         )
        )
       )
      )
     )
    )
   )
   (br_if $for1
    (i32.lt_s
     (local.tee $1
      (i32.add
       (local.get $1)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
 )
 (func $k10_sub_exp_div
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 f32)
  (loop $for1
   (local.set $1
    (i32.const 0)
   )
   (loop $for0
    (local.set $4
     (f32x4.extract_lane 0
      (call $gf_exp_f32x4
       (f32x4.splat
        (f32.sub
         (f32.load offset=268400
          (i32.shl
           (local.tee $2
            (i32.add
             (i32.mul
              (local.get $0)
              (i32.const 10)
             )
             (local.get $1)
            )
           )
           (i32.const 2)
          )
         )
         (f32.load offset=246896
          (local.tee $3
           (i32.shl
            (local.get $0)
            (i32.const 2)
           )
          )
         )
        )
       )
      )
     )
    )
    (f32.store offset=247408
     (i32.shl
      (local.get $2)
      (i32.const 2)
     )
     (f32.div
      (local.get $4)
      (f32.load offset=247152
       (local.get $3)
      )
     )
    )
    (br_if $for0
     (i32.lt_s
      (local.tee $1
       (i32.add
        (local.get $1)
        (i32.const 1)
       )
      )
      (i32.const 10)
     )
    )
   )
   (br_if $for1
    (i32.lt_s
     (local.tee $0
      (i32.add
       (local.get $0)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
 )
 (func $k11_reshape_compare_log_4more
  (local $0 i32)
  (local $1 v128)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (loop $for1
   (local.set $1
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $3
    (i32.const 0)
   )
   (loop $for0
    (local.set $1
     (f32x4.add
      (local.get $1)
      (f32x4.mul
       (v128.and
        (i32x4.eq
         (v128.load32_splat offset=447600
          (local.tee $2
           (i32.shl
            (local.get $0)
            (i32.const 2)
           )
          )
         )
         (v128.load offset=246848 align=4
          (i32.shl
           (local.get $3)
           (i32.const 2)
          )
         )
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (f32x4.sub
        (f32x4.sub
         (v128.load offset=268400 align=4
          (i32.shl
           (i32.add
            (local.tee $4
             (i32.mul
              (local.get $0)
              (i32.const 10)
             )
            )
            (local.get $3)
           )
           (i32.const 2)
          )
         )
         (v128.load32_splat offset=246896
          (local.get $2)
         )
        )
        (call $gf_log_f32x4
         (v128.load32_splat offset=247152
          (local.get $2)
         )
        )
       )
      )
     )
    )
    (br_if $for0
     (i32.lt_s
      (local.tee $3
       (i32.add
        (local.get $3)
        (i32.const 4)
       )
      )
      (i32.const 8)
     )
    )
   )
   (f32.store offset=249968
    (local.get $2)
    (f32.neg
     (f32.add
      (f32.add
       (f32.add
        (f32.add
         (f32x4.extract_lane 0
          (local.get $1)
         )
         (f32x4.extract_lane 1
          (local.get $1)
         )
        )
        (f32.add
         (f32x4.extract_lane 2
          (local.get $1)
         )
         (f32x4.extract_lane 3
          (local.get $1)
         )
        )
       )
       (f32.mul
        (f32.convert_i32_u
         (i32.eq
          (i32.load offset=447600
           (local.get $2)
          )
          (i32.load
           (i32.const 246880)
          )
         )
        )
        (f32.sub
         (f32.sub
          (f32.load offset=268400
           (i32.shl
            (i32.add
             (local.get $4)
             (i32.const 8)
            )
            (i32.const 2)
           )
          )
          (f32.load offset=246896
           (local.get $2)
          )
         )
         (f32x4.extract_lane 0
          (call $gf_log_f32x4
           (f32x4.splat
            (f32.load offset=247152
             (local.get $2)
            )
           )
          )
         )
        )
       )
      )
      (f32.mul
       (f32.convert_i32_u
        (i32.eq
         (i32.load offset=447600
          (i32.shl
           (local.get $0)
           (i32.const 2)
          )
         )
         (i32.load
          (i32.const 246884)
         )
        )
       )
       (f32.sub
        (f32.sub
         (f32.load offset=268400
          (i32.shl
           (i32.add
            (local.get $4)
            (i32.const 9)
           )
           (i32.const 2)
          )
         )
         (f32.load offset=246896
          (i32.shl
           (local.get $0)
           (i32.const 2)
          )
         )
        )
        (f32x4.extract_lane 0
         (call $gf_log_f32x4
          (f32x4.splat
           (f32.load offset=247152
            (i32.shl
             (local.get $0)
             (i32.const 2)
            )
           )
          )
         )
        )
       )
      )
     )
    )
   )
   (br_if $for1
    (i32.lt_s
     (local.tee $0
      (i32.add
       (local.get $0)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
 )
 (func $k12_reduceSum_div
  (local $0 v128)
  (local $1 i32)
  (loop $for0
   (local.set $0
    (f32x4.add
     (local.get $0)
     (v128.load offset=249968 align=4
      (i32.shl
       (local.get $1)
       (i32.const 2)
      )
     )
    )
   )
   (br_if $for0
    (i32.lt_s
     (local.tee $1
      (i32.add
       (local.get $1)
       (i32.const 4)
      )
     )
     (i32.const 64)
    )
   )
  )
  (f32.store
   (i32.const 246896)
   (f32.mul
    (f32.add
     (f32.add
      (f32x4.extract_lane 0
       (local.get $0)
      )
      (f32x4.extract_lane 1
       (local.get $0)
      )
     )
     (f32.add
      (f32x4.extract_lane 2
       (local.get $0)
      )
      (f32x4.extract_lane 3
       (local.get $0)
      )
     )
    )
    (f32.const 0.015625)
   )
  )
 )
 (func $lenet5
  (call $k0_conv1_conv2d_add_compare_where)
  (call $k1_maxPool)
  (call $k2_conv2_conv2d_add_compare_where)
  (call $k3_maxPool)
  (call $k5_fc1_matmul_add_compare_where_gemm)
  (call $k6_fc2_matmul_add_compare_where_gemm)
  (call $k7_fc3_matmul_add_gemm)
  (call $k8_reduceMax_stopGradient)
  (call $k9_sub_exp_reduceSum)
  (call $k10_sub_exp_div)
  (call $k11_reshape_compare_log_4more)
  (call $k12_reduceSum_div)
 )
)
